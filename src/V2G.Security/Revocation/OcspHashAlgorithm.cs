namespace V2G.Security.Revocation;

/// <summary>The hash algorithm of an OCSP CertID (issuerNameHash and issuerKeyHash).</summary>
public enum OcspHashAlgorithm
{
    /// <summary>SHA-1 (1.3.14.3.2.26), the RFC 6960 default many responders still expect.</summary>
    Sha1,

    /// <summary>SHA-256 (2.16.840.1.101.3.4.2.1), used by the Plug'n'Charge test PKI.</summary>
    Sha256,

    /// <summary>SHA-384 (2.16.840.1.101.3.4.2.2).</summary>
    Sha384,

    /// <summary>SHA-512 (2.16.840.1.101.3.4.2.3).</summary>
    Sha512,
}
