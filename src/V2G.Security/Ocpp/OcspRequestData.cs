using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using V2G.Security.Revocation;

namespace V2G.Security.Ocpp;

/// <summary>OCPP OCSPRequestDataType: the CertificateHashDataType fields and the responder URL from the certificate's AIA.</summary>
public sealed record OcspRequestData : IOcppPayload
{
    /// <summary>hashAlgorithm.</summary>
    [JsonPropertyName("hashAlgorithm")]
    public required OcppHashAlgorithm HashAlgorithm { get; init; }

    /// <summary>issuerNameHash, hex.</summary>
    [JsonPropertyName("issuerNameHash")]
    public required string IssuerNameHash { get; init; }

    /// <summary>issuerKeyHash, hex.</summary>
    [JsonPropertyName("issuerKeyHash")]
    public required string IssuerKeyHash { get; init; }

    /// <summary>serialNumber, hex without leading zeros.</summary>
    [JsonPropertyName("serialNumber")]
    public required string SerialNumber { get; init; }

    /// <summary>responderURL: the OCSP URI of the certificate's authorityInfoAccess.</summary>
    [JsonPropertyName("responderURL")]
    public required string ResponderUrl { get; init; }

    /// <summary>The hash data part.</summary>
    [JsonIgnore]
    public CertificateHashData HashData => new()
    {
        HashAlgorithm = HashAlgorithm, IssuerNameHash = IssuerNameHash, IssuerKeyHash = IssuerKeyHash, SerialNumber = SerialNumber,
    };

    /// <summary>The request data of a certificate; fails when it has no OCSP URL (the field is required).</summary>
    /// <param name="certificate">The certificate to ask about.</param>
    /// <param name="issuer">Its issuer.</param>
    /// <param name="hashAlgorithm">The hash algorithm.</param>
    /// <param name="data">The request data.</param>
    /// <param name="problem">Why there is none.</param>
    /// <returns>True if the certificate has an OCSP responder URL.</returns>
    public static bool TryCreate(
        X509Certificate2 certificate, X509Certificate2 issuer, OcppHashAlgorithm hashAlgorithm,
        [NotNullWhen(true)] out OcspRequestData? data, [NotNullWhen(false)] out OcppProblem? problem)
    {
        data = null;
        if (!OcspRequestBuilder.TryGetResponderUrl(certificate, out Uri? url))
        {
            problem = new(OcppProblemKind.InvalidValue, "$.responderURL",
                $"certificate '{certificate.Subject}' has no OCSP URI in authorityInfoAccess");
            return false;
        }

        CertificateHashData hash = CertificateHashData.Create(certificate, issuer, hashAlgorithm);
        data = new()
        {
            HashAlgorithm = hash.HashAlgorithm, IssuerNameHash = hash.IssuerNameHash, IssuerKeyHash = hash.IssuerKeyHash,
            SerialNumber = hash.SerialNumber, ResponderUrl = url.OriginalString,
        };
        problem = data.Validate();
        data = problem is null ? data : null;
        return problem is null;
    }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null)
    {
        limits ??= OcppLimits.Ocpp201;
        return CertificateHashData.ValidateFields(path, limits, HashAlgorithm, IssuerNameHash, IssuerKeyHash, SerialNumber)
            ?? OcppChecks.Text(path + ".responderURL", ResponderUrl, limits.ResponderUrl);
    }
}
