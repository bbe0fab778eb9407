using System;
using System.Diagnostics.CodeAnalysis;

namespace V2G.Security.Identifiers;

/// <summary>
/// An EVSE identifier (EVSEID): the CN of an SECC certificate and the EVSEID of SessionSetupRes. Immutable; letters are upper case.
/// </summary>
/// <remarks>
/// <para>Syntax (ISO 15118-2 Annex H, ABNF as quoted in Hubject OPCP "Handling of IDs" and bdew / eMI3 descriptions):
/// <c>&lt;Country Code&gt; &lt;S&gt; &lt;EVSE Operator ID&gt; &lt;S&gt; 'E' &lt;Power Outlet ID&gt;</c>, country code 2 letters
/// (ISO 3166-1 alpha-2), operator ID 3 letters or digits, power outlet ID <c>(ALPHA / DIGIT) *30 (ALPHA / DIGIT / S)</c>, i.e. 1 to 31
/// characters starting with a letter or digit; <c>&lt;S&gt;</c> = optional '*', used after the country code and after the operator ID
/// either both times or neither. The compact form is then at most 37 characters, the ISO 15118-2 schema's evseIDType maximum.</para>
/// <para>A '*' inside the power outlet ID is a separator too: <see cref="ToCompactString"/> drops it and equality compares compact forms.</para>
/// <para>Not accepted, with a specific error: the DIN SPEC 91286:2011 form with a telephone country code ("+49*810*000*438",
/// <see cref="IdentifierErrorKind.UnsupportedFormat"/>) and the ISO 15118-2 "no EVSEID" value "ZZ00000"
/// (<see cref="IdentifierErrorKind.Placeholder"/>; this value is quoted from memory of ISO 15118-2, not confirmed from its text here).
/// DIN SPEC 70121 carries EVSEID as hexBinary; only its "not available" value 0x00 (DIN SPEC 70121 9.4.1.2.3 Table 30, as quoted in
/// ecog-io/iso15118 PR 257) is recognised, by <see cref="IsDin70121NotAvailable"/>; how other DIN 70121 byte values map to text
/// was not confirmed, so they are not parsed.</para>
/// </remarks>
public sealed class EvseId : IEquatable<EvseId>
{
    /// <summary>The ISO 15118-2 EVSEID an SECC sends when it has no EVSEID (not confirmed from the standard text, see remarks).</summary>
    public const string Iso2NotAvailable = "ZZ00000";

    private const string Name = "EVSEID";
    private const string Source = "ISO 15118-2 Annex H";
    private const char Separator = '*';
    private const int MaxOutletLength = 31;

    private EvseId(string countryCode, string operatorId, string outletId)
    {
        CountryCode = countryCode;
        OperatorId = operatorId;
        OutletId = outletId;
    }

    /// <summary>Two letters, ISO 3166-1 alpha-2 (e.g. "DE").</summary>
    public string CountryCode { get; }

    /// <summary>Three letters or digits naming the EVSE operator (e.g. "ABC").</summary>
    public string OperatorId { get; }

    /// <summary>The ID type: always 'E' (EVSE).</summary>
    public char IdType => 'E';

    /// <summary>The power outlet ID after the ID type, as written (upper case, internal '*' kept; e.g. "123456789").</summary>
    public string OutletId { get; }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">With or without '*' separators, any case.</param>
    /// <param name="value">The EVSEID, or null on failure.</param>
    /// <param name="error">Null on success, else the rule broken and its position.</param>
    /// <returns>Whether <paramref name="text"/> is a valid ISO 15118-2 EVSEID.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out EvseId? value, [NotNullWhen(false)] out IdentifierError? error)
    {
        var s = new IdentifierScanner(text, IdentifierKind.EvseId, Name, Source);
        value = Read(ref s);
        error = s.Error;
        return value is not null;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">With or without '*' separators, any case.</param>
    /// <returns>The EVSEID.</returns>
    /// <exception cref="IdentifierFormatException">The text is not a valid EVSEID; the exception names the rule and position.</exception>
    public static EvseId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out EvseId? value, out IdentifierError? error) ? value : throw new IdentifierFormatException(error);
    }

    /// <summary>Whether a DIN SPEC 70121 EVSEID (hexBinary) is the "SECC cannot provide such ID data" value: the single byte 0x00.</summary>
    /// <param name="din70121EvseId">The EVSEID bytes of a DIN SPEC 70121 SessionSetupRes.</param>
    /// <returns>True for exactly one zero byte (DIN SPEC 70121 9.4.1.2.3 Table 30).</returns>
    public static bool IsDin70121NotAvailable(ReadOnlySpan<byte> din70121EvseId) => din70121EvseId.Length == 1 && din70121EvseId[0] == 0;

    /// <summary>The form without separators, as carried by V2G messages when compact (e.g. "DEABCE123456789").</summary>
    /// <returns>Country code, operator ID, 'E' and the power outlet ID without '*'.</returns>
    public string ToCompactString() => CountryCode + OperatorId + IdType + OutletId.Replace("*", string.Empty, StringComparison.Ordinal);

    /// <summary>The separated display form (e.g. "DE*ABC*E123456789"); the power outlet ID keeps its own '*'.</summary>
    /// <returns>Country code '*' operator ID '*' 'E' power outlet ID.</returns>
    public string ToSeparatedString() => $"{CountryCode}{Separator}{OperatorId}{Separator}{IdType}{OutletId}";

    /// <summary>The normalised form: <see cref="ToSeparatedString"/>, the form SECC certificate CNs carry.</summary>
    /// <returns>The separated upper-case form.</returns>
    public override string ToString() => ToSeparatedString();

    /// <summary>Equal when the compact forms are equal (separators are optional, so they do not distinguish EVSEIDs).</summary>
    /// <param name="other">The EVSEID to compare with.</param>
    /// <returns>Whether both name the same EVSE.</returns>
    public bool Equals(EvseId? other) => other is not null && string.Equals(ToCompactString(), other.ToCompactString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EvseId);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToCompactString());

    private static EvseId? Read(ref IdentifierScanner s)
    {
        if (s.AtEnd)
        {
            s.Fail(IdentifierErrorKind.Empty, null, $"empty: an EVSEID has at least 7 characters ({Source})");
            return null;
        }

        if (RejectOtherForms(ref s))
        {
            return null;
        }

        if (!s.CountryCode(out string country))
        {
            return null;
        }

        if (s.Peek == '-')
        {
            s.InvalidSeparator('-', Separator);
            return null;
        }

        bool separated = s.TryConsume(Separator);
        if (!s.Alphanumerics(3, "EVSE operator ID", out string operatorId)
            || !s.Boundary(separated, Separator, '-', "between the EVSE operator ID and the ID type")
            || !s.IdType('E', "EVSE", out _))
        {
            return null;
        }

        return ReadOutlet(ref s, out string outlet) ? new EvseId(country, operatorId, outlet) : null;
    }

    /// <summary>Fails with a specific reason for the placeholder and the DIN SPEC 91286:2011 telephone-code form.</summary>
    private static bool RejectOtherForms(ref IdentifierScanner s)
    {
        if (s.Matches(Iso2NotAvailable))
        {
            return !s.Fail(IdentifierErrorKind.Placeholder, null,
                $"\"{Iso2NotAvailable}\" is the value an SECC sends when it cannot provide an EVSEID, not an EVSEID "
                + "(ISO 15118-2 SessionSetupRes; this value is not confirmed from the standard text)");
        }

        if (s.Peek == '+' || char.IsAsciiDigit(s.Peek))
        {
            return !s.Fail(IdentifierErrorKind.UnsupportedFormat, 1,
                $"it starts with {IdentifierScanner.Describe(s.Peek)}: this is the DIN SPEC 91286:2011 form with a telephone country code "
                + $"(e.g. \"+49*810*000*438\"), not accepted; an ISO 15118-2 EVSEID starts with a 2-letter country code ({Source})");
        }

        return false;
    }

    /// <summary>Reads (ALPHA / DIGIT) *30 (ALPHA / DIGIT / '*') up to the end of the text.</summary>
    private static bool ReadOutlet(ref IdentifierScanner s, out string outlet)
    {
        outlet = string.Empty;
        if (s.AtEnd)
        {
            return s.TooShort("the power outlet ID (1 to 31 letters, digits or '*', starting with a letter or digit)");
        }

        if (!char.IsAsciiLetterOrDigit(s.Peek))
        {
            return s.InvalidCharacter(s.Peek, "the power outlet ID starts with a letter or digit");
        }

        int start = s.Index;
        while (!s.AtEnd)
        {
            char c = s.Peek;
            if (s.Index - start == MaxOutletLength)
            {
                return s.Fail(IdentifierErrorKind.TooLong, s.Position,
                    $"too long: the power outlet ID has more than {MaxOutletLength} characters (from position {start + 1}); "
                    + $"the character at position {s.Position} is one too many ({Source})");
            }

            if (c == '-')
            {
                return s.InvalidSeparator(c, Separator);
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != Separator)
            {
                return s.InvalidCharacter(c, "the power outlet ID allows only letters A-Z, digits 0-9 and '*'");
            }

            s.Advance();
        }

        outlet = s.Slice(start).ToUpperInvariant();
        return true;
    }
}
