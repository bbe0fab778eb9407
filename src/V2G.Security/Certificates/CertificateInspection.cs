using System;
using System.Collections.Generic;

namespace V2G.Security.Certificates;

/// <summary>What one certificate says about itself, and which single-certificate profile rules it keeps.</summary>
public sealed record CertificateInspection
{
    /// <summary>The subject distinguished name.</summary>
    public required string Subject { get; init; }

    /// <summary>The issuer distinguished name.</summary>
    public required string Issuer { get; init; }

    /// <summary>The subject common name, if any.</summary>
    public required string? CommonName { get; init; }

    /// <summary>The subject Domain Component values (e.g. CPO, MO).</summary>
    public required IReadOnlyList<string> DomainComponents { get; init; }

    /// <summary>Root, sub-CA or leaf.</summary>
    public required CertificateKind Kind { get; init; }

    /// <summary>The role a leaf most likely has (from its DC, else its CN and key usage); null for CAs and unclear leaves.</summary>
    public required CertificateRole? LikelyRole { get; init; }

    /// <summary>The CN when it looks like an eMAID, else null.</summary>
    public required string? Emaid { get; init; }

    /// <summary>The CN when it looks like a PCID, else null.</summary>
    public required string? Pcid { get; init; }

    /// <summary>The serial number as upper-case hex.</summary>
    public required string SerialNumber { get; init; }

    /// <summary>Start of validity.</summary>
    public required DateTimeOffset NotBefore { get; init; }

    /// <summary>End of validity.</summary>
    public required DateTimeOffset NotAfter { get; init; }

    /// <summary>SHA-256 of the DER, upper-case hex.</summary>
    public required string Sha256Fingerprint { get; init; }

    /// <summary>The subjectKeyIdentifier as upper-case hex, if present.</summary>
    public required string? SubjectKeyIdentifier { get; init; }

    /// <summary>The authorityKeyIdentifier keyIdentifier as upper-case hex, if present.</summary>
    public required string? AuthorityKeyIdentifier { get; init; }

    /// <summary>OCSP responder URLs from AuthorityInformationAccess.</summary>
    public required IReadOnlyList<string> OcspUrls { get; init; }

    /// <summary>CRL distribution point URLs.</summary>
    public required IReadOnlyList<string> CrlDistributionPoints { get; init; }

    /// <summary>The key algorithm in words (e.g. "EC public key", "Ed448").</summary>
    public required string KeyAlgorithm { get; init; }

    /// <summary>The named curve of an EC key (e.g. "secp521r1 (P-521)"), null otherwise.</summary>
    public required string? Curve { get; init; }

    /// <summary>The signature algorithm in words (e.g. "ecdsa-with-SHA512").</summary>
    public required string SignatureAlgorithm { get; init; }

    /// <summary>The profile the checks were made for: the one asked for, else the one the key fits; null if none fits.</summary>
    public required SecurityProfile? Profile { get; init; }

    /// <summary>The single-certificate profile rules that apply to this certificate, each with pass/fail.</summary>
    public required IReadOnlyList<ProfileCheckResult> Checks { get; init; }
}
