namespace V2G.Security.Certificates;

/// <summary>The object identifiers the ISO 15118 certificate profile uses.</summary>
internal static class CertificateOids
{
    public const string EcPublicKey = "1.2.840.10045.2.1";
    public const string Secp256r1 = "1.2.840.10045.3.1.7";
    public const string Secp384r1 = "1.3.132.0.34";
    public const string Secp521r1 = "1.3.132.0.35";
    public const string Ed448 = "1.3.101.113";
    public const string Ed25519 = "1.3.101.112";
    public const string EcdsaSha256 = "1.2.840.10045.4.3.2";
    public const string EcdsaSha384 = "1.2.840.10045.4.3.3";
    public const string EcdsaSha512 = "1.2.840.10045.4.3.4";

    public const string BasicConstraints = "2.5.29.19";
    public const string KeyUsage = "2.5.29.15";
    public const string SubjectKeyIdentifier = "2.5.29.14";
    public const string AuthorityKeyIdentifier = "2.5.29.35";
    public const string ExtendedKeyUsage = "2.5.29.37";
    public const string SubjectAltName = "2.5.29.17";
    public const string CrlDistributionPoints = "2.5.29.31";
    public const string AuthorityInformationAccess = "1.3.6.1.5.5.7.1.1";

    public const string CommonName = "2.5.4.3";
    public const string DomainComponent = "0.9.2342.19200300.100.1.25";

    /// <summary>A readable name for the key and signature OIDs this profile knows; the OID itself otherwise.</summary>
    public static string Describe(string? oid) => oid switch
    {
        null => "none",
        EcPublicKey => "EC public key",
        Secp256r1 => "secp256r1 (P-256)",
        Secp384r1 => "secp384r1 (P-384)",
        Secp521r1 => "secp521r1 (P-521)",
        Ed448 => "Ed448",
        Ed25519 => "Ed25519",
        EcdsaSha256 => "ecdsa-with-SHA256",
        EcdsaSha384 => "ecdsa-with-SHA384",
        EcdsaSha512 => "ecdsa-with-SHA512",
        _ => oid,
    };
}
