namespace V2G.Security.Ocpp;

/// <summary>What is wrong with an OCPP message or field.</summary>
public enum OcppProblemKind
{
    /// <summary>The text is not JSON, or a value has the wrong JSON type or an unknown enum value.</summary>
    InvalidJson,

    /// <summary>A required field is missing or null.</summary>
    MissingField,

    /// <summary>A string is longer than the schema's maxLength.</summary>
    TooLong,

    /// <summary>An array has fewer or more items than the schema allows, or a number is out of range.</summary>
    OutOfRange,

    /// <summary>A hex field holds something else than hex digits.</summary>
    InvalidHex,

    /// <summary>A base64 field holds something else than base64.</summary>
    InvalidBase64,

    /// <summary>A field's value does not fit its meaning (idToken type, eMAID, PEM, URL, a certificate without OCSP URL).</summary>
    InvalidValue,
}

/// <summary>Why an OCPP message was refused or not built: the kind, the JSON path of the field and what is wrong.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Field">The JSON path, e.g. <c>$.ocspRequestData.issuerNameHash</c>; <c>$</c> for the whole message.</param>
/// <param name="Message">What exactly is wrong, with the limit or value.</param>
public sealed record OcppProblem(OcppProblemKind Kind, string Field, string Message)
{
    /// <summary>One line: kind, field and message.</summary>
    public override string ToString() => $"{Kind} at {Field}: {Message}";
}
