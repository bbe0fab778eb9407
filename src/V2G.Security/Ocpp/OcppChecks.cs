using System.Collections.Generic;

namespace V2G.Security.Ocpp;

/// <summary>The schema checks of a message's fields; each returns the problem of the field, or null.</summary>
internal static class OcppChecks
{
    public static OcppProblem? Required(string field, object? value) =>
        value is null ? new(OcppProblemKind.MissingField, field, "the field is required") : null;

    public static OcppProblem? Text(string field, string? value, int maxLength, bool required = true)
    {
        if (value is null)
        {
            return required ? Required(field, value) : null;
        }

        return value.Length > maxLength
            ? new(OcppProblemKind.TooLong, field, $"{value.Length} characters, the schema allows at most {maxLength}")
            : null;
    }

    public static OcppProblem? Hex(string field, string? value, int maxLength) =>
        Text(field, value, maxLength)
        ?? (OcppEncoding.HexProblem(value) is { } error ? new(OcppProblemKind.InvalidHex, field, error) : null);

    public static OcppProblem? Base64(string field, string? value, int maxLength, bool required = true) =>
        Text(field, value, maxLength, required)
        ?? (value != null && !OcppEncoding.TryFromBase64(value, out _, out string? error)
            ? new(OcppProblemKind.InvalidBase64, field, error)
            : null);

    public static OcppProblem? Items<T>(string field, IReadOnlyList<T>? items, int min, int max, bool required = false)
    {
        if (items is null)
        {
            return required ? Required(field, items) : null;
        }

        return items.Count < min || items.Count > max
            ? new(OcppProblemKind.OutOfRange, field, $"{items.Count} items, the schema allows {min} to {max}")
            : null;
    }

    /// <summary>The status and statusInfo fields of a response: a defined status, and a valid statusInfo when present.</summary>
    public static OcppProblem? ResponseStatus(string path, OcppResponseStatus status, StatusInfo? info, OcppLimits limits) =>
        First(
            () => System.Enum.IsDefined(status) ? null : new(OcppProblemKind.InvalidValue, path + ".status", $"{status} is no status"),
            () => info?.Validate(path + ".statusInfo", limits));

    /// <summary>The first problem of <paramref name="problems"/> (evaluated in order, lazily), or null.</summary>
    public static OcppProblem? First(params System.Func<OcppProblem?>[] problems)
    {
        foreach (System.Func<OcppProblem?> problem in problems)
        {
            if (problem() is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
