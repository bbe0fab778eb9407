namespace V2G.Security.Certificates;

/// <summary>Where a certificate sits in a PKI, judged from the certificate alone.</summary>
public enum CertificateKind
{
    /// <summary>A self-signed CA certificate.</summary>
    Root,

    /// <summary>A CA certificate issued by another CA.</summary>
    SubCa,

    /// <summary>An end-entity certificate (not a CA).</summary>
    Leaf,
}
