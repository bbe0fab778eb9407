using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>
/// JSON of the OCPP payloads with System.Text.Json: the schemas' field names, enum values as OCPP writes them, absent
/// optional fields left out. Parsing checks JSON shape, required fields and then the schema constraints.
/// </summary>
public static class OcppJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The payload as compact JSON.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="payload">The payload.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T payload)
        where T : IOcppPayload => JsonSerializer.Serialize(payload, Options);

    /// <summary>Parses and checks a payload; unknown fields (customData, ...) are ignored.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="problem">The first problem found.</param>
    /// <param name="limits">The size limits; OCPP 2.0.1 when null.</param>
    /// <returns>True if the JSON is a payload that fits the schema.</returns>
    public static bool TryParse<T>(
        string? json, [NotNullWhen(true)] out T? payload, [NotNullWhen(false)] out OcppProblem? problem, OcppLimits? limits = null)
        where T : class, IOcppPayload
    {
        payload = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            problem = new(OcppProblemKind.InvalidJson, "$", "the text is empty");
            return false;
        }

        T? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException e)
        {
            bool missing = e.Message.Contains("missing required properties", StringComparison.Ordinal)
                || e.Message.Contains("null value", StringComparison.OrdinalIgnoreCase);
            problem = new(missing ? OcppProblemKind.MissingField : OcppProblemKind.InvalidJson, e.Path ?? "$", e.Message);
            return false;
        }

        if (parsed is null)
        {
            problem = new(OcppProblemKind.InvalidJson, "$", "the payload is null");
            return false;
        }

        problem = parsed.Validate("$", limits);
        payload = problem is null ? parsed : null;
        return problem is null;
    }
}
