using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using V2G.Exi;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>
/// The <c>string-table</c> vectors (encoded with an unbounded value table, so that repeated strings are table hits):
/// the V2G profile refuses them at the first hit; the lenient option decodes them to their XML; re-encoding the
/// decoded document gives the table-less encoding of the same XML (the source family's vector bytes).
/// </summary>
public class StringTableVectorTests
{
    public static IEnumerable<object[]> StringTableVectors() =>
        SharedData.Family("string-table")
            .Where(v => FamilyCodec.All.ContainsKey(CodecKey(v)))
            .Select(v => new object[] { v.Name });

    [Fact]
    public void Every_string_table_vector_has_a_hit_and_a_source_family()
    {
        foreach (var vector in SharedData.Family("string-table"))
        {
            Assert.True(vector.StringTableHits, vector + ": stringTableHits is not true");
            Assert.StartsWith(InvalidManifest.SourceFamily(vector) + ".", vector.Name, StringComparison.Ordinal);
        }

        Assert.NotEmpty(StringTableVectors());
    }

    [Theory]
    [MemberData(nameof(StringTableVectors))]
    public void Default_options_refuse_the_first_string_table_hit_where_it_is(string name)
    {
        var vector = Find(name);
        var codec = FamilyCodec.All[CodecKey(vector)];
        byte[] exi = vector.Exi;
        var (hitStart, global) = FirstHit(vector.TracePath);

        var error = Assert.ThrowsAny<ExiDecodeException>(() => codec.DecodeToXml(exi, ExiDecodeOptions.Default));
        var hit = Assert.IsType<ExiStringTableHitException>(error);
        Assert.True(hit.BitOffset == hitStart, name + ": hit reported at bit " + hit.BitOffset + ", the trace's first hit value starts at bit " + hitStart + " (" + hit.Message + ")");
        Assert.Equal(global, hit.IsGlobalHit);
        Assert.NotEqual(string.Empty, hit.ElementPath);
    }

    [Theory]
    [MemberData(nameof(StringTableVectors))]
    public void Lenient_options_decode_to_the_vector_xml(string name)
    {
        var vector = Find(name);
        var codec = FamilyCodec.All[CodecKey(vector)];
        byte[] exi = vector.Exi;

        var (xml, used) = codec.DecodeToXml(exi, ExiDecodeOptions.Lenient);
        Assert.Null(XmlTree.Difference(vector.Xml, xml));
        Assert.Equal(exi.Length, used);
    }

    [Theory]
    [MemberData(nameof(StringTableVectors))]
    public void Reencoding_the_leniently_decoded_document_gives_the_table_less_encoding_of_the_same_xml(string name)
    {
        var vector = Find(name);
        string family = InvalidManifest.SourceFamily(vector);
        var codec = FamilyCodec.All[CodecKey(vector)];

        var (document, _) = codec.DecodeDocument(vector.Exi, ExiDecodeOptions.Lenient);
        byte[] reencoded = codec.EncodeDocument(document);

        // The same XML encoded without a table by this codec.
        Assert.Null(BitDiff.Explain(codec.EncodeXml(vector.Xml), reencoded, null));

        // Round trip: the table-less bytes decode under the V2G profile to the same XML.
        var (xml, used) = codec.DecodeToXml(reencoded, ExiDecodeOptions.Default);
        Assert.Null(XmlTree.Difference(vector.Xml, xml));
        Assert.Equal(reencoded.Length, used);

        // The source family holds the same instance encoded by the reference encoder without a table.
        string sourceName = vector.Name[(family.Length + 1)..];
        var source = SharedData.Family(family).SingleOrDefault(v => v.Name == sourceName);
        if (source != null)
        {
            Assert.Null(XmlTree.Difference(source.Xml, vector.Xml));
            Assert.Null(BitDiff.Explain(source.Exi, reencoded, source.TracePath));
        }
    }

    /// <summary>The codec of the source vector: the source family, and for fragments named Schema.Element that schema (see <see cref="Vector.CodecKey"/>).</summary>
    private static string CodecKey(Vector vector)
    {
        string family = InvalidManifest.SourceFamily(vector);
        string sourceName = vector.Name[(family.Length + 1)..];
        return (vector with { Family = family, Name = sourceName }).CodecKey;
    }

    private static Vector Find(string name) => SharedData.Family("string-table").Single(v => v.Name == name);

    /// <summary>First event of the trace whose value is a table hit: where its value (hit prefix included) starts.</summary>
    private static (long Start, bool Global) FirstHit(string tracePath)
    {
        foreach (string line in File.ReadLines(tracePath))
        {
            if (!line.StartsWith('@'))
            {
                continue;
            }

            var m = Regex.Match(line, @" bits=(\d+)\.\.\d+ [^""]*?hit=(local|global)");
            if (m.Success)
            {
                return (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value == "global");
            }
        }

        throw new InvalidOperationException(tracePath + " has no hit=");
    }
}
