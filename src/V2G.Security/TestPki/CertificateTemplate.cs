using System;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.TestPki;

/// <summary>
/// Everything the BouncyCastle factory needs to write one certificate, including the deliberate defects of the broken
/// variants (no basicConstraints, a wrong signing key, a flipped signature bit).
/// </summary>
internal sealed record CertificateTemplate
{
    /// <summary>The file name of the certificate (e.g. <c>SECCCert_wrongKeyUsage</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The subject CN.</summary>
    public required string CommonName { get; init; }

    /// <summary>The subject DC.</summary>
    public required string DomainComponent { get; init; }

    /// <summary>basicConstraints CA flag; null leaves the extension out.</summary>
    public bool? IsCa { get; init; }

    /// <summary>pathLenConstraint (CA only).</summary>
    public int? PathLength { get; init; }

    /// <summary>keyUsage (critical).</summary>
    public required X509KeyUsageFlags KeyUsage { get; init; }

    /// <summary>notBefore.</summary>
    public required DateTimeOffset NotBefore { get; init; }

    /// <summary>notAfter.</summary>
    public required DateTimeOffset NotAfter { get; init; }

    /// <summary>The certificate's own key.</summary>
    public required PkiKeyPair Key { get; init; }

    /// <summary>The subject public key when it is not <see cref="Key"/>'s (a certificate issued for a CSR's key).</summary>
    public Org.BouncyCastle.Crypto.AsymmetricKeyParameter? SubjectPublicKey { get; init; }

    /// <summary>The subject name as requested (a CSR's) instead of CN, O, C, DC.</summary>
    public Org.BouncyCastle.Asn1.X509.X509Name? Subject { get; init; }

    /// <summary>The issuing certificate, or null for a self-signed root.</summary>
    public IssuedCertificate? Issuer { get; init; }

    /// <summary>Signs with this certificate's key (and points the AKI at it) instead of the issuer's.</summary>
    public IssuedCertificate? SignedBy { get; init; }

    /// <summary>Flips one bit of the signatureValue after signing.</summary>
    public bool CorruptSignature { get; init; }

    /// <summary>A template for a regular certificate of the profile (the spec's CA flags, usage and lifetime).</summary>
    public static CertificateTemplate From(CertificateSpec spec, PkiKeyPair key, IssuedCertificate? issuer, DateTimeOffset now) => new()
    {
        Name = spec.Name,
        CommonName = spec.CommonName,
        DomainComponent = spec.DomainComponent,
        IsCa = spec.IsCa,
        PathLength = spec.PathLength,
        KeyUsage = spec.KeyUsage,
        NotBefore = now - TestPkiLifetimes.Backdating,
        NotAfter = now + spec.Lifetime,
        Key = key,
        Issuer = issuer,
    };
}
