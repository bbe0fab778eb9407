using System;
using System.Diagnostics.CodeAnalysis;

namespace V2G.Security.Identifiers;

/// <summary>
/// A Provisioning Certificate ID (PCID): the CN of an OEM provisioning certificate, which the EV owner hands to the mobility
/// operator and which ISO 15118-20 uses as AAD of the contract key encryption. Immutable; letters are upper case.
/// </summary>
/// <remarks>
/// <para>Syntax (VDE-AR-E 2802-100-1:2019-12, ABNF as quoted in Hubject OPCP "Handling of IDs"):
/// <c>&lt;WMI&gt; &lt;OEM's own unique ID&gt; [&lt;check digit&gt;]</c>: the 3-character World Manufacturer Identifier of the OEM,
/// 14 letters or digits chosen by the OEM, and an optional check character; 17 or 18 letters or digits, no separators.</para>
/// <para>Not confirmed, therefore not checked: the check character's algorithm (only its presence and alphabet are checked), and
/// whether the WMI follows ISO 3780 (no I, O, Q; registered manufacturer). The test PKI's PCID "WMIV1234567890ABCD" has an 'I' in its WMI.</para>
/// </remarks>
public sealed class Pcid : IEquatable<Pcid>
{
    private const string Name = "PCID";
    private const string Source = "VDE-AR-E 2802-100-1";
    private const int BaseLength = 17;

    private Pcid(string wmi, string oemUniqueId, char? checkCharacter)
    {
        Wmi = wmi;
        OemUniqueId = oemUniqueId;
        CheckCharacter = checkCharacter;
    }

    /// <summary>The World Manufacturer Identifier: the first 3 characters (e.g. "WMI").</summary>
    public string Wmi { get; }

    /// <summary>The OEM's own 14-character unique ID (e.g. "V1234567890ABC").</summary>
    public string OemUniqueId { get; }

    /// <summary>The 18th character if present (not verified: its algorithm is not confirmed), else null.</summary>
    public char? CheckCharacter { get; }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">17 or 18 letters or digits, any case.</param>
    /// <param name="value">The PCID, or null on failure.</param>
    /// <param name="error">Null on success, else the rule broken and its position.</param>
    /// <returns>Whether <paramref name="text"/> is a valid PCID.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out Pcid? value, [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        var s = new IdentifierScanner(text, IdentifierKind.Pcid, Name, Source);
        if (text.IsEmpty)
        {
            s.Fail(IdentifierErrorKind.Empty, null, $"empty: a PCID has 17 letters or digits, 18 with check character ({Source})");
        }
        else if (s.Alphanumerics(3, "WMI (World Manufacturer Identifier)", out string wmi)
            && s.Alphanumerics(BaseLength - 3, "OEM's unique ID", out string unique))
        {
            char? check = null;
            if (!s.AtEnd && s.Alphanumerics(1, "check character", out string c))
            {
                check = c[0];
            }

            if (s.Error is null && s.End("the check character (18th character)"))
            {
                value = new Pcid(wmi, unique, check);
            }
        }

        error = s.Error;
        return value is not null;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">17 or 18 letters or digits, any case.</param>
    /// <returns>The PCID.</returns>
    /// <exception cref="IdentifierFormatException">The text is not a valid PCID; the exception names the rule and position.</exception>
    public static Pcid Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out Pcid? value, out IdentifierError? error) ? value : throw new IdentifierFormatException(error);
    }

    /// <summary>The normalised (upper-case) PCID, 17 or 18 characters. A PCID has no separated form.</summary>
    /// <returns>E.g. "WMIV1234567890ABCD".</returns>
    public override string ToString() => CheckCharacter is { } c ? Wmi + OemUniqueId + c : Wmi + OemUniqueId;

    /// <summary>Equal when the normalised forms are equal.</summary>
    /// <param name="other">The PCID to compare with.</param>
    /// <returns>Whether both are the same characters.</returns>
    public bool Equals(Pcid? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Pcid);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
