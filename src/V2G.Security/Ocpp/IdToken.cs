using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>OCPP IdTokenType; for Plug'n'Charge the token is the eMAID and the type <c>eMAID</c>.</summary>
public sealed record IdToken : IOcppPayload
{
    /// <summary>The IdTokenEnumType value of a contract: "eMAID".</summary>
    public const string EmaidType = "eMAID";

    /// <summary>idToken (at most 36 characters).</summary>
    [JsonPropertyName("idToken")]
    public required string Value { get; init; }

    /// <summary>type: "eMAID" for Plug'n'Charge (OCPP 2.0.1 IdTokenEnumType; a string in OCPP 2.1).</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null) =>
        OcppChecks.Text(path + ".idToken", Value, (limits ?? OcppLimits.Ocpp201).IdToken)
        ?? OcppChecks.Text(path + ".type", Type, 20);
}
