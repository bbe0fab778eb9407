using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Certificates;

/// <summary>The fields of one certificate that path validation and inspection need, read once from its DER.</summary>
internal sealed class ParsedCertificate
{
    public required X509Certificate2 Certificate { get; init; }

    /// <summary>Signature checks against issuers made so far (by issuer instance): one verification per link.</summary>
    public System.Collections.Generic.Dictionary<ParsedCertificate, (bool Verifies, string Reason)> SignatureChecks { get; } =
        new(System.Collections.Generic.ReferenceEqualityComparer.Instance);

    public required ReadOnlyMemory<byte> TbsBytes { get; init; }

    public required string SignatureAlgorithmOid { get; init; }

    public required string TbsSignatureAlgorithmOid { get; init; }

    public required byte[] SignatureValue { get; init; }

    public required int Version { get; init; }

    public required byte[] SerialNumber { get; init; }

    public required byte[] IssuerName { get; init; }

    public required byte[] SubjectName { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }

    public required byte[] SubjectPublicKeyInfo { get; init; }

    public required string KeyAlgorithmOid { get; init; }

    /// <summary>The named curve of an EC key; null for Ed448 and other keys without parameters.</summary>
    public required string? CurveOid { get; init; }

    public required byte[] PublicKey { get; init; }

    public required IReadOnlyList<CertificateExtension> Extensions { get; init; }

    /// <summary>Null when the certificate has no basicConstraints extension.</summary>
    public required BasicConstraints? BasicConstraints { get; init; }

    /// <summary>Null when the certificate has no keyUsage extension.</summary>
    public required X509KeyUsageFlags? KeyUsage { get; init; }

    public required byte[]? SubjectKeyIdentifier { get; init; }

    public required byte[]? AuthorityKeyIdentifier { get; init; }

    public required string? CommonName { get; init; }

    public required IReadOnlyList<string> DomainComponents { get; init; }

    public required IReadOnlyList<string> OcspUrls { get; init; }

    public required IReadOnlyList<string> CrlDistributionPoints { get; init; }

    /// <summary>The CN, or the whole subject when there is none: how failures name the certificate.</summary>
    public string DisplayName => CommonName ?? Certificate.Subject;

    public bool IsSelfIssued => IssuerName.AsSpan().SequenceEqual(SubjectName);

    public bool IsCa => BasicConstraints is { IsCa: true };

    public bool SameAs(ParsedCertificate other) => Certificate.RawDataMemory.Span.SequenceEqual(other.Certificate.RawDataMemory.Span);
}

/// <summary>One extension as it appears in the certificate.</summary>
internal sealed record CertificateExtension(string Oid, bool Critical, byte[] Value);

/// <summary>The content of a basicConstraints extension.</summary>
internal sealed record BasicConstraints(bool IsCa, int? PathLength);
