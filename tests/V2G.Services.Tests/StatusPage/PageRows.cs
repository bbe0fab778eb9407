using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace V2G.Services.Tests.StatusPage;

/// <summary>Reads the status page's row attributes (<c>data-certificate</c>, <c>data-status</c>, ...) from its HTML or DOM dump.</summary>
public static partial class PageRows
{
    /// <summary>The attributes of the one <c>tr</c> whose <paramref name="key"/> attribute is <paramref name="value"/>.</summary>
    public static IReadOnlyDictionary<string, string> Row(string html, string key, string value)
    {
        var rows = RowTag().Matches(html).Select(m => Attributes(m.Value)).Where(a => a.GetValueOrDefault(key) == value).ToList();
        return rows.Count == 1
            ? rows[0]
            : throw new Xunit.Sdk.XunitException($"expected one row with {key}=\"{value}\", found {rows.Count}");
    }

    /// <summary>Every row that has the attribute <paramref name="key"/>.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string html, string key) =>
        RowTag().Matches(html).Select(m => Attributes(m.Value)).Where(a => a.ContainsKey(key)).ToList();

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [GeneratedRegex("<tr\\b[^>]*>")]
    private static partial Regex RowTag();

    [GeneratedRegex("([a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
