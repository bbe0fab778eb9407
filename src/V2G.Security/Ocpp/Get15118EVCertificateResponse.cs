using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>
/// OCPP Get15118EVCertificateResponse: the CSMS's CertificateInstallationRes / CertificateUpdateRes for the car (EXI,
/// base64), relayed byte for byte. OCPP 2.1 adds remainingContractChains.
/// </summary>
public sealed record Get15118EVCertificateResponse : IOcppPayload
{
    /// <summary>status: Accepted or Failed.</summary>
    [JsonPropertyName("status")]
    public required OcppResponseStatus Status { get; init; }

    /// <summary>statusInfo, or null.</summary>
    [JsonPropertyName("statusInfo")]
    public StatusInfo? StatusInfo { get; init; }

    /// <summary>exiResponse: the EXI response for the car, base64.</summary>
    [JsonPropertyName("exiResponse")]
    public required string ExiResponse { get; init; }

    /// <summary>remainingContractChains (OCPP 2.1), or null.</summary>
    [JsonPropertyName("remainingContractChains")]
    public int? RemainingContractChains { get; init; }

    /// <summary>The response carrying <paramref name="exi"/>, the EXI bytes of the response message.</summary>
    /// <param name="status">Accepted or Failed.</param>
    /// <param name="exi">The EXI response.</param>
    /// <returns>The response.</returns>
    public static Get15118EVCertificateResponse Create(OcppResponseStatus status, ReadOnlySpan<byte> exi) =>
        new() { Status = status, ExiResponse = OcppEncoding.ToBase64(exi) };

    /// <summary>The EXI bytes to send to the car unchanged (base64 with or without padding or line breaks accepted).</summary>
    /// <param name="exi">The EXI bytes.</param>
    /// <param name="problem">Why the field is not base64.</param>
    /// <returns>True if the field decodes.</returns>
    public bool TryGetExiResponse([NotNullWhen(true)] out byte[]? exi, [NotNullWhen(false)] out OcppProblem? problem)
    {
        problem = OcppEncoding.TryFromBase64(ExiResponse, out exi, out string? error)
            ? null
            : new(OcppProblemKind.InvalidBase64, "$.exiResponse", error);
        return problem is null;
    }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null)
    {
        limits ??= OcppLimits.Ocpp201;
        return OcppChecks.ResponseStatus(path, Status, StatusInfo, limits) ?? OcppChecks.First(
            () => OcppChecks.Base64(path + ".exiResponse", ExiResponse, limits.ExiResponse),
            () => RemainingContractChains is < 0
                ? new(OcppProblemKind.OutOfRange, path + ".remainingContractChains", "must not be negative")
                : null);
    }
}
