namespace V2G.Security.Signatures;

/// <summary>The algorithm URIs that ISO 15118 signatures may carry, and nothing else.</summary>
public static class SignatureAlgorithmUris
{
    /// <summary>Canonical EXI: the CanonicalizationMethod and the one Transform of every Reference ([V2G2-766], [V2G20-766]).</summary>
    public const string CanonicalExi = "http://www.w3.org/TR/canonical-exi/";

    /// <summary>SHA-256 digest (ISO 15118-2).</summary>
    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    /// <summary>SHA-512 digest (ISO 15118-20 secp521r1, [V2G20-2475]).</summary>
    public const string Sha512 = "http://www.w3.org/2001/04/xmlenc#sha512";

    /// <summary>SHAKE256 digest (ISO 15118-20 Ed448, [V2G20-2476]).</summary>
    public const string Shake256 = "urn:iso:std:iso:15118:-20:Security:xmlenc#SHAKE256";

    /// <summary>ECDSA with SHA-256 (ISO 15118-2).</summary>
    public const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

    /// <summary>ECDSA with SHA-512 (ISO 15118-20 secp521r1, [V2G20-2473]).</summary>
    public const string EcdsaSha512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512";

    /// <summary>Ed448 (ISO 15118-20, [V2G20-2474]).</summary>
    public const string Ed448 = "urn:iso:std:iso:15118:-20:Security:xmldsig#Ed448";
}
