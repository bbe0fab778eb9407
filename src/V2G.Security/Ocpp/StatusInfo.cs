using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>OCPP StatusInfoType: why a response has its status.</summary>
public sealed record StatusInfo : IOcppPayload
{
    /// <summary>reasonCode (at most 20 characters).</summary>
    [JsonPropertyName("reasonCode")]
    public required string ReasonCode { get; init; }

    /// <summary>additionalInfo (at most 512 characters), or null.</summary>
    [JsonPropertyName("additionalInfo")]
    public string? AdditionalInfo { get; init; }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null)
    {
        limits ??= OcppLimits.Ocpp201;
        return OcppChecks.Text(path + ".reasonCode", ReasonCode, limits.ReasonCode)
            ?? OcppChecks.Text(path + ".additionalInfo", AdditionalInfo, limits.AdditionalInfo, required: false);
    }
}
