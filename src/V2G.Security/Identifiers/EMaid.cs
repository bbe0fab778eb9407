using System;
using System.Diagnostics.CodeAnalysis;

namespace V2G.Security.Identifiers;

/// <summary>
/// An e-Mobility Account Identifier (eMAID, contract ID): the CN of a contract certificate and the eMAID of V2G messages.
/// Immutable; letters are upper case.
/// </summary>
/// <remarks>
/// <para>Syntax (ISO 15118-2 Annex H, ABNF as quoted in Hubject OPCP "Handling of IDs"; eMI3 for the ID type):
/// <c>&lt;Country Code&gt; &lt;S&gt; &lt;Provider ID&gt; &lt;S&gt; &lt;eMA Instance&gt; [&lt;S&gt; &lt;Check Digit&gt;]</c>
/// with country code 2 letters (ISO 3166-1 alpha-2), provider ID 3 letters or digits, eMA instance 9 letters or digits
/// (eMI3: 'C' + 8), check digit 1 letter or digit.
/// The ISO 15118-2 schema's eMAIDType (14..15 characters) carries the form without separators.</para>
/// <para>Separator decision: <c>&lt;S&gt;</c> is '-' (eMI3, Hubject: "optional separators ('-')"), either between all parts or between none.
/// '*' is rejected: it is the EVSEID separator and belongs only to the older DIN SPEC 91286:2011 contract ID form
/// (6-character instance, mod-11 check digit), which this type does not parse.</para>
/// <para>Not confirmed: whether DIN SPEC 91286 itself (of which only the 2011 edition with a 6-character instance and a mod-11 check digit
/// is described publicly) defines the 'C' ID type; it is taken from eMI3 and from OICP's description of the ISO form.</para>
/// <para>Not checked: whether the country code is assigned in ISO 3166-1, or whether the provider ID is registered.</para>
/// </remarks>
public sealed class EMaid : IEquatable<EMaid>
{
    private const string Name = "eMAID";
    private const string Source = "ISO 15118-2 Annex H / eMI3";
    private const char Separator = '-';

    private EMaid(string countryCode, string providerId, char idType, string instance, char? checkDigit)
    {
        CountryCode = countryCode;
        ProviderId = providerId;
        IdType = idType;
        Instance = instance;
        CheckDigit = checkDigit;
    }

    /// <summary>Two letters, ISO 3166-1 alpha-2 (e.g. "DE").</summary>
    public string CountryCode { get; }

    /// <summary>Three letters or digits naming the e-mobility provider (e.g. "ABC").</summary>
    public string ProviderId { get; }

    /// <summary>The ID type, the first character of the ISO eMA instance: 'C' (contract) in the eMI3 contract ID.</summary>
    public char IdType { get; }

    /// <summary>The 8 letters or digits after the ID type (e.g. "12345678").</summary>
    public string Instance { get; }

    /// <summary>The check digit if the text carried one (it was verified), else null.</summary>
    public char? CheckDigit { get; }

    /// <summary>The 14 characters the check digit is computed over (e.g. "DEABCC12345678").</summary>
    public string Base => CountryCode + ProviderId + IdType + Instance;

    /// <summary>Parses <paramref name="text"/> with the <see cref="EMaidSyntax.Emi3"/> grammar.</summary>
    /// <param name="text">With or without '-' separators, with or without check digit, any case.</param>
    /// <param name="value">The eMAID, or null on failure.</param>
    /// <param name="error">Null on success, else the rule broken and its position.</param>
    /// <returns>Whether <paramref name="text"/> is a valid eMAID (a present check digit must be right).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out EMaid? value, [NotNullWhen(false)] out IdentifierError? error) =>
        TryParse(text, EMaidSyntax.Emi3, out value, out error);

    /// <summary>Parses <paramref name="text"/> with the given grammar.</summary>
    /// <param name="text">With or without '-' separators, with or without check digit, any case.</param>
    /// <param name="syntax">Whether the eMA instance must start with the ID type 'C'.</param>
    /// <param name="value">The eMAID, or null on failure.</param>
    /// <param name="error">Null on success, else the rule broken and its position.</param>
    /// <returns>Whether <paramref name="text"/> is a valid eMAID (a present check digit must be right).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, EMaidSyntax syntax, [NotNullWhen(true)] out EMaid? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        var scanner = new IdentifierScanner(text, IdentifierKind.EMaid, Name, Source);
        if (text.IsEmpty)
        {
            scanner.Fail(IdentifierErrorKind.Empty, null, $"empty: an eMAID has 14 characters, 15 with check digit ({Source})");
            error = scanner.Error!;
            return false;
        }

        if (Read(ref scanner, syntax, out value))
        {
            error = null;
            return true;
        }

        value = null;
        error = scanner.Error!;
        return false;
    }

    /// <summary>Parses <paramref name="text"/> with the <see cref="EMaidSyntax.Emi3"/> grammar.</summary>
    /// <param name="text">With or without '-' separators, with or without check digit, any case.</param>
    /// <returns>The eMAID.</returns>
    /// <exception cref="IdentifierFormatException">The text is not a valid eMAID; the exception names the rule and position.</exception>
    public static EMaid Parse(string text) => Parse(text, EMaidSyntax.Emi3);

    /// <summary>Parses <paramref name="text"/> with the given grammar.</summary>
    /// <param name="text">With or without '-' separators, with or without check digit, any case.</param>
    /// <param name="syntax">Whether the eMA instance must start with the ID type 'C'.</param>
    /// <returns>The eMAID.</returns>
    /// <exception cref="IdentifierFormatException">The text is not a valid eMAID; the exception names the rule and position.</exception>
    public static EMaid Parse(string text, EMaidSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, syntax, out EMaid? value, out IdentifierError? error) ? value : throw new IdentifierFormatException(error);
    }

    /// <summary>
    /// The eMI3 check digit ("Check Digit Calculation for Contract-IDs") of the 14 characters
    /// country code + provider ID + eMA instance, without separators.
    /// </summary>
    /// <param name="eMaidWithoutCheckDigit">14 letters or digits, any case (e.g. "DEABCC12345678").</param>
    /// <param name="checkDigit">The check digit (a digit or upper-case letter), or '\0' on failure.</param>
    /// <param name="error">Null on success, else why the input is not 14 letters or digits.</param>
    /// <returns>Whether the check digit could be computed.</returns>
    public static bool TryComputeCheckDigit(ReadOnlySpan<char> eMaidWithoutCheckDigit, out char checkDigit,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        checkDigit = '\0';
        var scanner = new IdentifierScanner(eMaidWithoutCheckDigit, IdentifierKind.EMaid, "eMAID base", "eMI3 check digit algorithm");
        if (!scanner.Alphanumerics(14, "eMAID without check digit", out string normalised) || !scanner.End("the 14th character"))
        {
            error = scanner.Error!;
            return false;
        }

        checkDigit = EMaidCheckDigit.Compute(normalised);
        error = null;
        return true;
    }

    /// <summary>The eMI3 check digit of 14 letters or digits (see <see cref="TryComputeCheckDigit"/>).</summary>
    /// <param name="eMaidWithoutCheckDigit">14 letters or digits, any case (e.g. "DEABCC12345678").</param>
    /// <returns>The check digit: a digit or an upper-case letter.</returns>
    /// <exception cref="IdentifierFormatException">The input is not 14 letters or digits.</exception>
    public static char ComputeCheckDigit(ReadOnlySpan<char> eMaidWithoutCheckDigit) =>
        TryComputeCheckDigit(eMaidWithoutCheckDigit, out char digit, out IdentifierError? error) ? digit : throw new IdentifierFormatException(error);

    /// <summary>This eMAID with its computed check digit (the same instance if it already has one).</summary>
    /// <returns>An eMAID whose <see cref="CheckDigit"/> is set.</returns>
    public EMaid WithCheckDigit() =>
        CheckDigit is null ? new EMaid(CountryCode, ProviderId, IdType, Instance, EMaidCheckDigit.Compute(Base)) : this;

    /// <summary>This eMAID without check digit: the 14-character form contract certificate CNs usually carry.</summary>
    /// <returns>An eMAID whose <see cref="CheckDigit"/> is null.</returns>
    public EMaid WithoutCheckDigit() => CheckDigit is null ? this : new EMaid(CountryCode, ProviderId, IdType, Instance, null);

    /// <summary>Whether both name the same account, ignoring whether either carries the check digit.</summary>
    /// <param name="other">The eMAID to compare with.</param>
    /// <returns>True when <see cref="Base"/> is equal.</returns>
    public bool IsSameAccount(EMaid? other) => other is not null && string.Equals(Base, other.Base, StringComparison.Ordinal);

    /// <summary>The form without separators: 14 characters, or 15 with the check digit (as V2G messages and CNs carry it).</summary>
    /// <returns>E.g. "DEABCC12345678" or "DEABCC123456785".</returns>
    public string ToCompactString() => CheckDigit is { } digit ? Base + digit : Base;

    /// <summary>The display form with '-' separators (eMI3).</summary>
    /// <returns>E.g. "DE-ABC-C12345678" or "DE-ABC-C12345678-5".</returns>
    public string ToSeparatedString()
    {
        string separated = $"{CountryCode}{Separator}{ProviderId}{Separator}{IdType}{Instance}";
        return CheckDigit is { } digit ? $"{separated}{Separator}{digit}" : separated;
    }

    /// <summary>The normalised form: <see cref="ToCompactString"/>.</summary>
    /// <returns>The compact upper-case form.</returns>
    public override string ToString() => ToCompactString();

    /// <summary>
    /// Equal when the compact forms are equal, so a form with check digit differs from one without (see <see cref="IsSameAccount"/>).
    /// </summary>
    /// <param name="other">The eMAID to compare with.</param>
    /// <returns>Whether both have the same parts and the same check digit presence.</returns>
    public bool Equals(EMaid? other) => other is not null && string.Equals(ToCompactString(), other.ToCompactString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EMaid);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToCompactString());

    private static bool Read(ref IdentifierScanner s, EMaidSyntax syntax, [NotNullWhen(true)] out EMaid? value)
    {
        value = null;
        if (!s.CountryCode(out string country))
        {
            return false;
        }

        if (s.Peek == '*')
        {
            return s.Fail(IdentifierErrorKind.InvalidSeparator, s.Position,
                $"invalid separator '*' at position {s.Position}: eMAID parts are separated by '-' or not at all ('*' separates EVSEID parts; "
                + $"the '*'-separated DIN SPEC 91286:2011 contract ID is not accepted) ({Source})");
        }

        bool separated = s.TryConsume(Separator);
        if (!s.Alphanumerics(3, "provider ID", out string provider)
            || !Boundary(ref s, separated, "between the provider ID and the eMA instance"))
        {
            return false;
        }

        char? expectedType = syntax == EMaidSyntax.Emi3 ? 'C' : null;
        if (!s.IdType(expectedType, "the first character of the eMA instance; 'C' = contract in the eMI3 contract ID", out char idType)
            || !s.Alphanumerics(8, "eMA instance", out string instance))
        {
            return false;
        }

        char? checkDigit = null;
        if (!s.AtEnd)
        {
            if (!Boundary(ref s, separated, "before the check digit"))
            {
                return false;
            }

            int position = s.Position;
            if (!s.Alphanumerics(1, "check digit", out string digit) || !s.End("the check digit"))
            {
                return false;
            }

            char expected = EMaidCheckDigit.Compute(country + provider + idType + instance);
            if (digit[0] != expected)
            {
                return s.Fail(IdentifierError.CheckDigitMismatch(IdentifierKind.EMaid, position, expected, digit[0],
                    s.Prefix + $"wrong check digit at position {position}: expected '{expected}', found '{digit[0]}' "
                    + "(eMI3 check digit algorithm)"));
            }

            checkDigit = expected;
        }

        value = new EMaid(country, provider, idType, instance, checkDigit);
        return true;
    }

    private static bool Boundary(ref IdentifierScanner s, bool separated, string between) =>
        s.Boundary(separated, Separator, '*', between);
}
