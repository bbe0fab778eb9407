using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using V2G.Exi;
using Xunit;
using Xunit.Abstractions;

namespace V2G.Messages.Tests;

/// <summary>
/// The negative cases of the manifest: every invalid XML instance is refused (by FromXml or by Encode) with a message
/// that names the element path and the broken rule; the streams EXIficient produced from them are refused by the
/// decoder or, if they decode, by the encoder; every invalid EXI stream fails with a positioned ExiDecodeException.
/// Cases whose family has no codec yet (e.g. iso20-*, fragments) are left out until a codec is registered in
/// <see cref="FamilyCodec.All"/>.
/// </summary>
public class InvalidVectorTests
{
    private readonly ITestOutputHelper _output;

    public InvalidVectorTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> InvalidXml() =>
        InvalidManifest.Xml.Where(e => FamilyCodec.All.ContainsKey(e.Family)).Select(e => new object[] { e.Name });

    public static IEnumerable<object[]> InvalidXmlWithStream() =>
        InvalidManifest.Xml.Where(e => e.ExiFile != null && FamilyCodec.All.ContainsKey(e.Family)).Select(e => new object[] { e.Name });

    public static IEnumerable<object[]> InvalidExi() =>
        InvalidManifest.Exi.Where(e => FamilyCodec.All.ContainsKey(e.Family)).Select(e => new object[] { e.Name });

    [Fact]
    public void Every_invalid_entry_has_a_family_and_the_registered_families_have_cases()
    {
        foreach (var entry in InvalidManifest.Xml.Concat(InvalidManifest.Exi))
        {
            Assert.True(Directory.Exists(Path.Combine(SharedData.VectorsDirectory, entry.Family)), entry.Name + ": family folder " + entry.Family + " does not exist");
            Assert.True(File.Exists(entry.FullPath), entry.Name + ": " + entry.File + " is missing");
            Assert.Equal(entry.Family.EndsWith("-fragment", StringComparison.Ordinal), entry.Fragment);
        }

        var skipped = InvalidManifest.Xml.Concat(InvalidManifest.Exi).Where(e => !FamilyCodec.All.ContainsKey(e.Family)).ToList();
        _output.WriteLine("not covered yet (no codec for the family): " + string.Join(", ", skipped.Select(e => e.Family + ":" + e.Name)));
        Assert.NotEmpty(InvalidXml());
        Assert.NotEmpty(InvalidExi());
    }

    [Fact]
    public void Every_invalid_xml_defect_has_a_rule_mapping()
    {
        var unmapped = InvalidManifest.Xml.Where(e => DefectRule.For(e) == null).Select(e => e.Name + " (" + e.SchemaValidation + ")").ToList();
        Assert.True(unmapped.Count == 0, "no DefectRule for: " + string.Join("; ", unmapped));

        // The rules are specific: a message that only says something is wrong satisfies none of them.
        foreach (var entry in InvalidManifest.Xml)
        {
            Assert.NotEmpty(DefectRule.For(entry)!.Check("The XML is invalid in " + entry.ElementPath));
        }
    }

    [Theory]
    [MemberData(nameof(InvalidXml))]
    public void Invalid_xml_is_refused_with_the_element_path_and_the_rule(string name)
    {
        var entry = InvalidManifest.XmlEntry(name);
        var codec = FamilyCodec.All[entry.Family];
        var rule = DefectRule.For(entry) ?? throw new InvalidOperationException("no DefectRule for " + name);
        string xml = File.ReadAllText(entry.FullPath);

        string stage = "FromXml";
        ExiEncodeException? error = null;
        try
        {
            object document = codec.FromXml(xml);
            stage = "Encode";
            byte[] encoded = codec.EncodeDocument(document);
            Assert.Fail(name + " (" + entry.Defect + ") was accepted: FromXml and Encode succeeded (" + encoded.Length + " bytes "
                + Convert.ToHexString(encoded) + "); a strict codec must refuse it (" + entry.SchemaValidation + ")");
        }
        catch (ExiEncodeException e)
        {
            // ExiXmlException derives from ExiEncodeException.
            error = e;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail(name + ": " + stage + " threw " + e.GetType().FullName + " instead of ExiXmlException/ExiEncodeException: " + e.Message);
        }

        Assert.NotNull(error);
        _output.WriteLine(stage + " refused it: " + error.GetType().Name + ": " + error.Message);
        var problems = new List<string>();
        problems.AddRange(PathProblems(entry.ElementPath!, error, rule.LocatedAtParent));
        problems.AddRange(rule.Check(error.Message));
        Assert.True(problems.Count == 0, name + " (" + entry.Defect + "): " + stage + " threw " + error.GetType().Name + " '" + error.Message + "' but "
            + string.Join("; ", problems) + " [expected path " + entry.ElementPath + ", rule " + rule.Kind + "]");
    }

    [Theory]
    [MemberData(nameof(InvalidXmlWithStream))]
    public void Stream_of_an_invalid_xml_is_refused_by_the_decoder_or_by_reencoding(string name)
    {
        var entry = InvalidManifest.XmlEntry(name);
        var codec = FamilyCodec.All[entry.Family];
        byte[] exi = File.ReadAllBytes(entry.ExiFullPath!);

        object document;
        try
        {
            (document, _) = codec.DecodeDocument(exi, ExiDecodeOptions.Default);
        }
        catch (ExiDecodeException e)
        {
            _output.WriteLine("decoder refused it: " + e.GetType().Name + ": " + e.Message);
            Assert.True(e.BitOffset >= 0 && e.BitOffset <= exi.Length * 8L, name + ": bit offset " + e.BitOffset + " outside the stream");

            // A decoder cannot name an undeclared root (it arrives as SE(*)); any other refusal names where it happened.
            var rule = DefectRule.For(entry);
            bool undeclaredRoot = e.ElementPath.Length == 0 && Segments(entry.ElementPath!).Count == 1;
            var problems = undeclaredRoot ? new List<string>() : PathProblems(entry.ElementPath!, e, rule?.LocatedAtParent ?? false).ToList();
            Assert.True(problems.Count == 0, name + ": decoder refused it with '" + e.Message + "' but " + string.Join("; ", problems));
            return;
        }
        catch (Exception e)
        {
            Assert.Fail(name + ": Decode threw " + e.GetType().FullName + " instead of ExiDecodeException: " + e.Message);
            return;
        }

        string decodedXml = ToXml(codec, exi);
        try
        {
            byte[] encoded = codec.EncodeDocument(document);
            Assert.Fail(name + " (" + entry.Defect + "): the stream " + Convert.ToHexString(exi) + " decodes and its document re-encodes (" + encoded.Length
                + " bytes " + Convert.ToHexString(encoded) + "); decoded XML: " + decodedXml);
        }
        catch (ExiEncodeException e)
        {
            _output.WriteLine("decoder accepted it (XML: " + decodedXml + "); Encode refused the document: " + e.GetType().Name + ": " + e.Message);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidExi))]
    public void Invalid_exi_fails_with_a_positioned_ExiDecodeException_within_bounded_allocation(string name)
    {
        var entry = InvalidManifest.ExiEntry(name);
        var codec = FamilyCodec.All[entry.Family];
        byte[] exi = File.ReadAllBytes(entry.FullPath);

        // Warm up (JIT, static tables, exception machinery) so that only this stream's decode is measured.
        try
        {
            codec.Decode(exi);
        }
        catch (Exception)
        {
        }

        Exception? thrown = null;
        long before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            codec.Decode(exi);
        }
        catch (Exception e)
        {
            thrown = e;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(thrown != null, name + " (" + entry.Defect + ") decoded without error; EXIficient: " + entry.ExificientError);
        var error = Assert.IsAssignableFrom<ExiDecodeException>(thrown);
        _output.WriteLine(error.GetType().Name + ": " + error.Message);
        Assert.True(error.BitOffset >= 0 && error.BitOffset <= exi.Length * 8L, name + ": bit offset " + error.BitOffset + " outside 0.." + (exi.Length * 8L));
        Assert.True(allocated <= 64L * exi.Length + 16384, name + ": decoding allocated " + allocated + " bytes for a " + exi.Length + "-byte stream");
    }

    /// <summary>
    /// The exception's element path must be the manifest's path (local names; prefixes and [n] indexes ignored),
    /// possibly followed by the offending child for defects the manifest locates at the parent. When the exception
    /// has no element path (e.g. an undeclared root), the message must name the last elements of the path.
    /// </summary>
    private static IEnumerable<string> PathProblems(string manifestPath, ExiException error, bool locatedAtParent)
    {
        var expected = Segments(manifestPath);
        if (error.ElementPath.Length == 0)
        {
            foreach (string segment in expected.Skip(Math.Max(0, expected.Count - 2)))
            {
                if (!Regex.IsMatch(error.Message, @"(?<![\w])" + Regex.Escape(segment) + @"(?![\w])"))
                {
                    yield return "no element path, and the message does not name '" + segment + "'";
                }
            }

            yield break;
        }

        var actual = Segments(error.ElementPath);
        int extra = actual.Count - expected.Count;
        bool prefix = extra >= 0 && actual.Take(expected.Count).SequenceEqual(expected);
        if (!prefix || extra > (locatedAtParent ? 1 : 0))
        {
            yield return "element path '" + error.ElementPath + "' is not " + string.Join("/", expected.Prepend(string.Empty)) + (locatedAtParent ? " (or one child below it)" : string.Empty);
        }
    }

    private static List<string> Segments(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Regex.Replace(s, @"\[\d+\]$", string.Empty))
            .Select(s => s.Contains('}', StringComparison.Ordinal) ? s[(s.IndexOf('}', StringComparison.Ordinal) + 1)..] : s[(s.LastIndexOf(':') + 1)..])
            .ToList();

    private static string ToXml(FamilyCodec codec, byte[] exi)
    {
        try
        {
            return codec.DecodeToXml(exi, ExiDecodeOptions.Default).Xml.Replace("\n", " ", StringComparison.Ordinal);
        }
        catch (Exception e)
        {
            return "(ToXml failed: " + e.GetType().Name + ": " + e.Message + ")";
        }
    }
}
