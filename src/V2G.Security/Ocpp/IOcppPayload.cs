namespace V2G.Security.Ocpp;

/// <summary>An OCPP message payload or data type that checks itself against its JSON schema's constraints.</summary>
public interface IOcppPayload
{
    /// <summary>The first field that breaks the schema (required, maxLength, enum, items, hex/base64), or null.</summary>
    /// <param name="path">The JSON path of this object (<c>$</c> for a message).</param>
    /// <param name="limits">The size limits; OCPP 2.0.1 when null.</param>
    /// <returns>The problem, or null when the object fits the schema.</returns>
    OcppProblem? Validate(string path = "$", OcppLimits? limits = null);
}
