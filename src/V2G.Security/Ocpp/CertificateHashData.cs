using System;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using V2G.Security.Revocation;

namespace V2G.Security.Ocpp;

/// <summary>
/// OCPP CertificateHashDataType: the OCSP CertID of a certificate (RFC 6960), computed by <see cref="OcspCertId"/>; hashes
/// as upper-case hex, serialNumber as hex without leading zeros.
/// </summary>
public sealed record CertificateHashData : IOcppPayload
{
    /// <summary>hashAlgorithm: the hash of both hashes.</summary>
    [JsonPropertyName("hashAlgorithm")]
    public required OcppHashAlgorithm HashAlgorithm { get; init; }

    /// <summary>issuerNameHash: hash of the DER issuer name, hex.</summary>
    [JsonPropertyName("issuerNameHash")]
    public required string IssuerNameHash { get; init; }

    /// <summary>issuerKeyHash: hash of the issuer's public key bits, hex.</summary>
    [JsonPropertyName("issuerKeyHash")]
    public required string IssuerKeyHash { get; init; }

    /// <summary>serialNumber: the serial as hex without leading zeros.</summary>
    [JsonPropertyName("serialNumber")]
    public required string SerialNumber { get; init; }

    /// <summary>The hash data of <paramref name="certificate"/> issued by <paramref name="issuer"/> (a root: itself).</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="issuer">Its issuer.</param>
    /// <param name="hashAlgorithm">The hash algorithm.</param>
    /// <returns>The hash data.</returns>
    public static CertificateHashData Create(
        X509Certificate2 certificate, X509Certificate2 issuer, OcppHashAlgorithm hashAlgorithm = OcppHashAlgorithm.Sha256)
    {
        OcspCertId id = OcspCertId.Compute(certificate, issuer, ToOcsp(hashAlgorithm));
        return new()
        {
            HashAlgorithm = hashAlgorithm,
            IssuerNameHash = OcppEncoding.ToHex(id.IssuerNameHash),
            IssuerKeyHash = OcppEncoding.ToHex(id.IssuerKeyHash),
            SerialNumber = id.SerialNumber,
        };
    }

    /// <summary>True when both describe the same CertID (hex compared in any case, serial without leading zeros).</summary>
    /// <param name="other">The other hash data.</param>
    /// <returns>True when algorithm, hashes and serial are equal.</returns>
    public bool SameCertificate(CertificateHashData other) =>
        HashAlgorithm == other.HashAlgorithm
        && string.Equals(IssuerNameHash, other.IssuerNameHash, StringComparison.OrdinalIgnoreCase)
        && string.Equals(IssuerKeyHash, other.IssuerKeyHash, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SerialNumber.TrimStart('0'), other.SerialNumber.TrimStart('0'), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null) =>
        ValidateFields(path, limits ?? OcppLimits.Ocpp201, HashAlgorithm, IssuerNameHash, IssuerKeyHash, SerialNumber);

    internal static OcppProblem? ValidateFields(
        string path, OcppLimits limits, OcppHashAlgorithm algorithm, string? nameHash, string? keyHash, string? serial) =>
        OcppChecks.First(
            () => Enum.IsDefined(algorithm) ? null : new(OcppProblemKind.InvalidValue, path + ".hashAlgorithm", $"{algorithm} is no hash"),
            () => OcppChecks.Hex(path + ".issuerNameHash", nameHash, limits.Hash),
            () => OcppChecks.Hex(path + ".issuerKeyHash", keyHash, limits.Hash),
            () => OcppChecks.Hex(path + ".serialNumber", serial, limits.SerialNumber));

    internal static OcspHashAlgorithm ToOcsp(OcppHashAlgorithm algorithm) => algorithm switch
    {
        OcppHashAlgorithm.Sha256 => OcspHashAlgorithm.Sha256,
        OcppHashAlgorithm.Sha384 => OcspHashAlgorithm.Sha384,
        OcppHashAlgorithm.Sha512 => OcspHashAlgorithm.Sha512,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "OCPP knows SHA256, SHA384 and SHA512"),
    };
}
