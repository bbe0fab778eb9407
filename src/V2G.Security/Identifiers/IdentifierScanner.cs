using System;
using System.Text;

namespace V2G.Security.Identifiers;

/// <summary>
/// Reads an identifier part by part from left to right and records the first broken rule with its 1-based position.
/// Letters are upper-cased as they are read (the identifiers are case-insensitive, e.g. bdew: "A=a").
/// </summary>
internal ref struct IdentifierScanner
{
    private const int MaxQuotedLength = 48;

    private readonly ReadOnlySpan<char> text;
    private readonly IdentifierKind kind;
    private readonly string name;
    private readonly string source;

    /// <param name="text">The whole input.</param>
    /// <param name="kind">The identifier being parsed.</param>
    /// <param name="name">How messages name it ("eMAID").</param>
    /// <param name="source">The rule source messages cite ("ISO 15118-2 Annex H").</param>
    public IdentifierScanner(ReadOnlySpan<char> text, IdentifierKind kind, string name, string source)
    {
        this.text = text;
        this.kind = kind;
        this.name = name;
        this.source = source;
        Index = 0;
        Error = null;
    }

    /// <summary>0-based index of the next character.</summary>
    public int Index { get; private set; }

    /// <summary>The first broken rule, once a read has failed.</summary>
    public IdentifierError? Error { get; private set; }

    public readonly bool AtEnd => Index >= text.Length;

    /// <summary>The next character, or '\0' at the end.</summary>
    public readonly char Peek => AtEnd ? '\0' : text[Index];

    /// <summary>1-based position of the next character, as messages count.</summary>
    public readonly int Position => Index + 1;

    /// <summary>Reads two letters A-Z (any case).</summary>
    public bool CountryCode(out string value)
    {
        value = string.Empty;
        Span<char> buffer = stackalloc char[2];
        for (int i = 0; i < 2; i++)
        {
            if (AtEnd)
            {
                return TooShort("the country code (2 letters, ISO 3166-1 alpha-2)");
            }

            char c = text[Index];
            if (!char.IsAsciiLetter(c))
            {
                return Fail(IdentifierErrorKind.InvalidCountryCode, Position,
                    $"invalid country code: {Describe(c)} at position {Position}; the country code is 2 letters A-Z (ISO 3166-1 alpha-2, {source})");
            }

            buffer[i] = char.ToUpperInvariant(c);
            Index++;
        }

        value = new string(buffer);
        return true;
    }

    /// <summary>Reads exactly <paramref name="count"/> letters or digits.</summary>
    public bool Alphanumerics(int count, string part, out string value)
    {
        value = string.Empty;
        var builder = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            if (AtEnd)
            {
                return TooShort($"the {part} ({count} letters or digits)");
            }

            char c = text[Index];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return InvalidCharacter(c, $"the {part} allows only letters A-Z and digits 0-9");
            }

            builder.Append(char.ToUpperInvariant(c));
            Index++;
        }

        value = builder.ToString();
        return true;
    }

    /// <summary>Reads the one-letter ID type; <paramref name="expected"/> null accepts any letter or digit.</summary>
    public bool IdType(char? expected, string meaning, out char value)
    {
        value = '\0';
        string rule = expected is { } e ? $"the ID type '{e}' ({meaning})" : $"the ID type ({meaning})";
        if (AtEnd)
        {
            return TooShort(rule);
        }

        char c = text[Index];
        if (!char.IsAsciiLetterOrDigit(c))
        {
            return InvalidCharacter(c, $"expected {rule}");
        }

        char upper = char.ToUpperInvariant(c);
        if (expected is { } wanted && upper != wanted)
        {
            return Fail(IdentifierErrorKind.InvalidIdType, Position,
                $"missing ID type '{wanted}' at position {Position}: found {Describe(c)}; {rule} is required ({source})");
        }

        value = upper;
        Index++;
        return true;
    }

    /// <summary>
    /// Handles the optional separator before the next part. With <paramref name="separated"/> it must be there,
    /// without it must not; <paramref name="foreign"/> is a separator that belongs to another identifier.
    /// </summary>
    public bool Boundary(bool separated, char separator, char foreign, string between)
    {
        char c = Peek;
        if (!AtEnd && c == foreign)
        {
            return InvalidSeparator(c, separator);
        }

        if (separated)
        {
            if (AtEnd)
            {
                return TooShort($"'{separator}' {between}");
            }

            if (c != separator)
            {
                return Fail(IdentifierErrorKind.InconsistentSeparators, Position,
                    $"inconsistent separators: expected '{separator}' {between} at position {Position} (the text uses '{separator}' after the "
                    + $"country code), found {Describe(c)}; write '{separator}' between all parts or between none ({source})");
            }

            Index++;
            return true;
        }

        if (!AtEnd && c == separator)
        {
            return Fail(IdentifierErrorKind.InconsistentSeparators, Position,
                $"inconsistent separators: '{separator}' at position {Position} {between}, but none after the country code at position 3; "
                + $"write '{separator}' between all parts or between none ({source})");
        }

        return true;
    }

    /// <summary>Consumes <paramref name="c"/> if it is next.</summary>
    public bool TryConsume(char c)
    {
        if (!AtEnd && text[Index] == c)
        {
            Index++;
            return true;
        }

        return false;
    }

    /// <summary>Moves past the next character (the caller has checked it).</summary>
    public void Advance() => Index++;

    /// <summary>Whether the whole text is <paramref name="value"/>, ignoring ASCII case.</summary>
    public readonly bool Matches(string value) => text.Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text from <paramref name="start"/> to the current index.</summary>
    public readonly string Slice(int start) => new(text[start..Index]);

    /// <summary>Fails if anything follows the last part.</summary>
    public bool End(string lastPart)
    {
        if (AtEnd)
        {
            return true;
        }

        return Fail(IdentifierErrorKind.TooLong, Position,
            $"too long: {text.Length} characters; nothing may follow {lastPart}, found {Describe(text[Index])} at position {Position} ({source})");
    }

    public bool TooShort(string expected) =>
        Fail(IdentifierErrorKind.TooShort, null,
            $"too short: the text ends after {text.Length} characters; position {Position} should hold {expected} ({source})");

    public bool InvalidCharacter(char c, string rule) =>
        Fail(IdentifierErrorKind.InvalidCharacter, Position, $"invalid character {Describe(c)} at position {Position}: {rule} ({source})");

    public bool InvalidSeparator(char found, char allowed) =>
        Fail(IdentifierErrorKind.InvalidSeparator, Position,
            $"invalid separator {Describe(found)} at position {Position}: the {name} separator is '{allowed}' ({source})");

    /// <summary>Records the error (the first one wins) and returns false.</summary>
    public bool Fail(IdentifierErrorKind errorKind, int? position, string rule)
    {
        Error ??= new IdentifierError(kind, errorKind, position, $"{name} {Quote(text)} is invalid: {rule}");
        return false;
    }

    /// <summary>Records a prepared error (e.g. a check digit mismatch) and returns false.</summary>
    public bool Fail(IdentifierError error)
    {
        Error ??= error;
        return false;
    }

    /// <summary>"{name} "{text}" is invalid: " prefix for errors built outside the scanner.</summary>
    public readonly string Prefix => $"{name} {Quote(text)} is invalid: ";

    /// <summary>Quotes untrusted input for a message: control characters replaced, long input cut.</summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 5);
        builder.Append('"');
        for (int i = 0; i < value.Length && i < MaxQuotedLength; i++)
        {
            builder.Append(char.IsControl(value[i]) ? '?' : value[i]);
        }

        builder.Append(value.Length > MaxQuotedLength ? "...\"" : "\"");
        return builder.ToString();
    }

    /// <summary>'x', or U+XXXX for characters that would not print.</summary>
    public static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}'";
}
