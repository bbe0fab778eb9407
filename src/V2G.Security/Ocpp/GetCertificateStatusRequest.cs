using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>OCPP GetCertificateStatusRequest: the charging station asks the CSMS for the OCSP status of one certificate.</summary>
public sealed record GetCertificateStatusRequest : IOcppPayload
{
    /// <summary>ocspRequestData.</summary>
    [JsonPropertyName("ocspRequestData")]
    public required OcspRequestData OcspRequestData { get; init; }

    /// <summary>The request about <paramref name="certificate"/> issued by <paramref name="issuer"/>.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="issuer">Its issuer.</param>
    /// <param name="hashAlgorithm">The CertID hash.</param>
    /// <param name="request">The request.</param>
    /// <param name="problem">Why there is none (no OCSP URL).</param>
    /// <returns>True if the request was built.</returns>
    public static bool TryCreate(
        X509Certificate2 certificate, X509Certificate2 issuer, OcppHashAlgorithm hashAlgorithm,
        [NotNullWhen(true)] out GetCertificateStatusRequest? request, [NotNullWhen(false)] out OcppProblem? problem)
    {
        request = OcspRequestData.TryCreate(certificate, issuer, hashAlgorithm, out OcspRequestData? data, out problem)
            ? new() { OcspRequestData = data }
            : null;
        return request != null;
    }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null) =>
        OcppChecks.Required(path + ".ocspRequestData", OcspRequestData) ?? OcspRequestData.Validate(path + ".ocspRequestData", limits);
}
