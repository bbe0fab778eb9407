using System;
using System.Globalization;

namespace V2G.Cli.Security;

/// <summary>The <c>--at TIME</c> option: ISO 8601 (UTC unless an offset is given) or Unix epoch seconds; default now.</summary>
internal static class ValidationTime
{
    /// <summary>Parses the option value.</summary>
    /// <param name="value">The value, or null for the current time.</param>
    /// <returns>The validation time.</returns>
    /// <exception cref="UsageException">The value is neither ISO 8601 nor epoch seconds.</exception>
    public static DateTimeOffset Parse(string? value)
    {
        if (value is null)
        {
            return DateTimeOffset.UtcNow;
        }

        string text = value.Trim();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long seconds))
        {
            try
            {
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new UsageException($"option '--at': {value} epoch seconds is out of range");
            }
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (text.Length >= 10 && char.IsAsciiDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out DateTimeOffset time))
        {
            return time;
        }

        throw new UsageException($"option '--at' needs an ISO 8601 time (e.g. 2026-01-01T00:00:00Z) or epoch seconds, not '{value}'");
    }

    /// <summary>Formats a time as ISO 8601 UTC for messages.</summary>
    /// <param name="time">The time.</param>
    /// <returns>E.g. <c>2026-01-01T00:00:00Z</c>.</returns>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
