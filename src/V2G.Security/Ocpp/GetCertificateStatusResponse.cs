using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>OCPP GetCertificateStatusResponse: the OCSP response (DER, base64) the CSMS obtained.</summary>
public sealed record GetCertificateStatusResponse : IOcppPayload
{
    /// <summary>status: Accepted or Failed.</summary>
    [JsonPropertyName("status")]
    public required OcppResponseStatus Status { get; init; }

    /// <summary>statusInfo, or null.</summary>
    [JsonPropertyName("statusInfo")]
    public StatusInfo? StatusInfo { get; init; }

    /// <summary>ocspResult: the DER OCSPResponse, base64; null when the status is Failed.</summary>
    [JsonPropertyName("ocspResult")]
    public string? OcspResult { get; init; }

    /// <summary>An Accepted response carrying <paramref name="ocspResponseDer"/>.</summary>
    /// <param name="ocspResponseDer">The DER OCSPResponse.</param>
    /// <returns>The response.</returns>
    public static GetCertificateStatusResponse Accepted(ReadOnlySpan<byte> ocspResponseDer) =>
        new() { Status = OcppResponseStatus.Accepted, OcspResult = OcppEncoding.ToBase64(ocspResponseDer) };

    /// <summary>The DER OCSPResponse; pass it to <see cref="Revocation.OcspResponseVerifier"/>.</summary>
    /// <param name="der">The OCSP response bytes.</param>
    /// <param name="problem">Why there are none (missing or not base64).</param>
    /// <returns>True if the field is present and decodes.</returns>
    public bool TryGetOcspResult([NotNullWhen(true)] out byte[]? der, [NotNullWhen(false)] out OcppProblem? problem)
    {
        der = null;
        problem = OcspResult is null
            ? new(OcppProblemKind.MissingField, "$.ocspResult", $"the response (status {Status}) carries no OCSP result")
            : OcppEncoding.TryFromBase64(OcspResult, out der, out string? error) ? null : new(OcppProblemKind.InvalidBase64, "$.ocspResult", error);
        return problem is null;
    }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null)
    {
        limits ??= OcppLimits.Ocpp201;
        return OcppChecks.ResponseStatus(path, Status, StatusInfo, limits) ?? OcppChecks.First(
            () => OcppChecks.Base64(path + ".ocspResult", OcspResult, limits.OcspResult, required: false));
    }
}
