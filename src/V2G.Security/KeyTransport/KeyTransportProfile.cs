namespace V2G.Security.KeyTransport;

/// <summary>Which contract key transport scheme of ISO 15118 is used (key agreement, KDF hash and cipher).</summary>
public enum KeyTransportProfile
{
    /// <summary>ISO 15118-2: ECDH secp256r1, ConcatKDF SHA-256 (128-bit key), AES-128-CBC without padding, IV(16) || CT(32).</summary>
    Iso2,

    /// <summary>ISO 15118-20 SECP521: ECDH secp521r1, ConcatKDF SHA-512 (256-bit key), AES-256-GCM, IV(12) || CT(66) || tag(16).</summary>
    Iso20Secp521,

    /// <summary>ISO 15118-20 X448: X448 (RFC 7748), ConcatKDF SHA-512 (256-bit key), AES-256-GCM, IV(12) || CT(56) || tag(16).</summary>
    Iso20X448,
}
