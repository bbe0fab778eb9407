using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using V2G.Exi.Generator.Grammar;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// Our schemas are written for this project; the published ones are the reference. A family is right when both
/// compile to the same EXI grammars, which the canonical <see cref="GrammarDump"/> text makes comparable.
/// </summary>
public class GrammarEquivalenceTests
{
    public static IEnumerable<object[]> ExistingFamilies() => SchemaFamily.ExistingRows();

    [Fact]
    public void App_protocol_row_is_always_present()
    {
        // Guards the filter above: a moved schema must fail loudly, not silently drop the whole theory.
        Assert.Contains(ExistingFamilies(), row => (string)row[0] == "app-protocol");
    }

    [Theory]
    [MemberData(nameof(ExistingFamilies))]
    public void Our_schema_compiles_to_the_grammar_of_the_reference_schema(string name)
    {
        var family = SchemaFamily.Named(name);
        string ours = family.OurDump();
        string reference = family.ReferenceDump();
        Assert.True(reference.Length > 0);
        string? difference = FirstDifference(reference, ours);
        Assert.True(difference == null, difference);
    }

    [Fact]
    public void Dump_is_sensitive_to_an_occurrence_bound()
    {
        string original = File.ReadAllText(TestPaths.AppProtocolSchemaPath);
        string modified = ReplaceOnce(original, "maxOccurs=\"20\"", "maxOccurs=\"21\"");
        Assert.NotEqual(DumpOf(original), DumpOf(modified));
    }

    [Fact]
    public void Dump_is_sensitive_to_the_order_of_enumeration_values()
    {
        string original = File.ReadAllText(TestPaths.AppProtocolSchemaPath);
        string a = "<xsd:enumeration value=\"OK_SuccessfulNegotiation\"/>";
        string b = "<xsd:enumeration value=\"Failed_NoNegotiation\"/>";
        string swapped = ReplaceOnce(ReplaceOnce(ReplaceOnce(original, a, "@@A@@"), b, a), "@@A@@", b);
        Assert.NotEqual(original, swapped);
        Assert.NotEqual(DumpOf(original), DumpOf(swapped));
    }

    [Fact]
    public void Dump_is_sensitive_to_a_range_facet()
    {
        string original = File.ReadAllText(TestPaths.AppProtocolSchemaPath);
        string modified = ReplaceOnce(original, "<xsd:maxInclusive value=\"20\"/>", "<xsd:maxInclusive value=\"40\"/>");
        Assert.NotEqual(DumpOf(original), DumpOf(modified));
    }

    [Fact]
    public void Dump_ignores_prefixes_and_annotations()
    {
        // The reference is written with other prefixes and without annotations: the rows above rely on the dump
        // not seeing those; this pins it with a self-made variant.
        string original = File.ReadAllText(TestPaths.AppProtocolSchemaPath);
        string variant = original.Replace("xsd:", "xs:").Replace("xmlns:xsd=", "xmlns:xs=");
        variant = System.Text.RegularExpressions.Regex.Replace(variant, "<xs:annotation>.*?</xs:annotation>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.NotEqual(original, variant);
        Assert.Equal(DumpOf(original), DumpOf(variant));
    }

    private static string DumpOf(string appProtocolSchema)
    {
        const string path = "/x/schemas/app-protocol/AppProtocol.xsd";
        var files = new Dictionary<string, string> { [path] = appProtocolSchema };
        return GrammarDump.Write(Grammars.Build(files, path));
    }

    private static string ReplaceOnce(string text, string oldValue, string newValue)
    {
        int at = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(at >= 0, "'" + oldValue + "' not found in the schema; the test needs updating");
        Assert.Equal(at, text.LastIndexOf(oldValue, StringComparison.Ordinal));
        return text.Substring(0, at) + newValue + text.Substring(at + oldValue.Length);
    }

    /// <summary>The first differing line with some context, or null if the dumps are equal.</summary>
    internal static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }

        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        // Context: the enclosing grammar header and state lines of the reference.
        string grammar = e.Take(Math.Min(i + 1, e.Length)).LastOrDefault(l => l.StartsWith("G", StringComparison.Ordinal) || l.StartsWith("Doc", StringComparison.Ordinal) || l.StartsWith("Frag", StringComparison.Ordinal)) ?? string.Empty;
        string state = e.Take(Math.Min(i + 1, e.Length)).LastOrDefault(l => l.StartsWith("  S", StringComparison.Ordinal)) ?? string.Empty;
        return "Grammar dumps differ at line " + (i + 1) + " (reference " + e.Length + " lines, ours " + a.Length + " lines)\n"
            + "in: " + grammar.TrimEnd() + " / " + state.Trim() + "\n"
            + "reference: " + (i < e.Length ? e[i].TrimEnd() : "<end>") + "\n"
            + "ours:      " + (i < a.Length ? a[i].TrimEnd() : "<end>") + "\n"
            + "reference lines " + Math.Max(1, i - 3) + "..:\n" + string.Join("\n", e.Skip(Math.Max(0, i - 4)).Take(9).Select(l => "  | " + l.TrimEnd())) + "\n"
            + "our lines " + Math.Max(1, i - 3) + "..:\n" + string.Join("\n", a.Skip(Math.Max(0, i - 4)).Take(9).Select(l => "  | " + l.TrimEnd()));
    }

}
