namespace V2G.Security;

/// <summary>
/// The cryptographic profiles of ISO 15118 Plug'n'Charge: which curve, hash and signature algorithm every
/// certificate and signed message of a session uses.
/// </summary>
public enum SecurityProfile
{
    /// <summary>ISO 15118-2: ECDSA on secp256r1 with SHA-256.</summary>
    Iso2,

    /// <summary>ISO 15118-20: ECDSA on secp521r1 with SHA-512 ([V2G20-2674]).</summary>
    Iso20Secp521,

    /// <summary>ISO 15118-20: Ed448 signatures, SHAKE256 digests ([V2G20-2319]).</summary>
    Iso20Ed448,
}
