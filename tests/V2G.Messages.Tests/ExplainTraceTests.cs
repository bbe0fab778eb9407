using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using V2G.Exi;
using V2G.Exi.Tracing;
using V2G.Messages.AppProtocol;
using V2G.Messages.Din;
using V2G.Messages.Iso2;
using Xunit;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Messages.Tests;

/// <summary>
/// The explain trace of every shared vector and capture accounts for every bit and matches the reference
/// <c>.trace</c> file line by line: code start and width, event kind, qname, event code and values per level,
/// value bits and datatype family, and the <c># end:</c> line.
/// </summary>
public partial class ExplainTraceTests
{
    private static readonly Dictionary<string, IExiExplainer> Explainers = new()
    {
        ["app-protocol"] = (IExiExplainer)AppProtocolCodec.Documents,
        ["din"] = (IExiExplainer)DinCodec.Documents,
        ["iso2"] = (IExiExplainer)Iso2Codec.Documents,
        ["iso2-fragment"] = (IExiExplainer)Iso2Codec.Fragments,
        ["iso2-fragment/xmldsig"] = (IExiExplainer)XmlDsigCodec.Fragments,
        ["iso20-common"] = (IExiExplainer)Iso20.CommonMessagesCodec.Documents,
        ["iso20-ac"] = (IExiExplainer)Iso20.AcCodec.Documents,
        ["iso20-dc"] = (IExiExplainer)Iso20.DcCodec.Documents,
        ["iso20-wpt"] = (IExiExplainer)Iso20.WptCodec.Documents,
        ["iso20-acdp"] = (IExiExplainer)Iso20.AcdpCodec.Documents,
        ["iso20-fragment/CommonMessages"] = (IExiExplainer)Iso20.CommonMessagesCodec.Fragments,
        ["iso20-fragment/AC"] = (IExiExplainer)Iso20.AcCodec.Fragments,
        ["iso20-fragment/DC"] = (IExiExplainer)Iso20.DcCodec.Fragments,
        ["iso20-fragment/xmldsig"] = (IExiExplainer)Iso20.XmlDsigCodec.Fragments,
    };

    private static readonly string[] CaptureFamilies = ["app-protocol", "din", "iso2", "iso20-common", "iso20-ac", "iso20-dc"];

    /// <summary>Every valid vector (string-table ones read leniently) and every capture: (codec key, .exi path, lenient).</summary>
    public static IEnumerable<object[]> Streams()
    {
        foreach (var v in SharedData.Vectors.Where(v => v.Family != "invalid"))
        {
            string[] parts = v.Name.Split('.');
            string key = v.Family != "string-table" ? v.CodecKey : v.Fragment && parts.Length == 3 ? parts[0] + "/" + parts[1] : parts[0];
            yield return [key, v.ExiFile, v.Family == "string-table"];
        }

        foreach (string family in CaptureFamilies)
        {
            foreach (string name in SharedData.Captures(family))
            {
                yield return [family, Path.Combine("captures", family, name + ".exi"), false];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Explain_matches_the_reference_trace_and_accounts_for_every_bit(string codec, string exiFile, bool lenient)
    {
        string path = Path.Combine(SharedData.VectorsDirectory, exiFile);
        byte[] exi = File.ReadAllBytes(path);
        var trace = Explainers[codec].Explain(exi, lenient ? ExiDecodeOptions.Lenient : null);
        Assert.True(trace.Succeeded, trace.Error?.Message);

        // Every bit: the header, then events that follow each other without a gap, then the padding to the byte boundary.
        long at = ExiTrace.HeaderBits;
        foreach (var e in trace.Events)
        {
            Assert.True(e.CodeStart == at, "gap or overlap before " + e);
            at = e.End;
        }

        Assert.Equal(at, trace.EndBit);
        Assert.Equal((long)(exi.Length - trace.TrailingBytes.Length) * 8, trace.EndBit + trace.PaddingBits.Length);

        string[] reference = File.ReadAllLines(Path.ChangeExtension(path, ".trace"));
        var expected = reference.Where(l => l.StartsWith('@')).Select(Parse).ToList();
        var mismatches = new List<string>();
        for (int i = 0; i < Math.Max(expected.Count, trace.Events.Count); i++)
        {
            string want = i < expected.Count ? expected[i] : "(nothing)";
            string got = i < trace.Events.Count ? Key(trace.Events[i]) : "(nothing)";
            if (want != got)
            {
                mismatches.Add("line " + (i + 1) + ": expected " + want + ", explained " + got);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(5)));
        Assert.Equal(reference.Single(l => l.StartsWith("# end:", StringComparison.Ordinal)), ExiTraceText.EndLine(trace));
    }

    /// <summary>The fields compared, from a reference line.</summary>
    private static string Parse(string line)
    {
        var m = ReferenceLine().Match(line);
        Assert.True(m.Success, "unreadable reference line " + line);
        return string.Join(
            " ",
            m.Groups["start"].Value + "+" + m.Groups["width"].Value,
            m.Groups["event"].Value,
            m.Groups["qname"].Value,
            m.Groups["code"].Value,
            m.Groups["bits"].Success ? m.Groups["bits"].Value + " " + m.Groups["type"].Value : "-");
    }

    /// <summary>The same fields from an explained event.</summary>
    private static string Key(ExiTraceEvent e) => string.Join(
        " ",
        e.CodeStart.ToString(CultureInfo.InvariantCulture) + "+" + e.CodeWidth.ToString(CultureInfo.InvariantCulture),
        ExiTraceText.Kind(e.Kind),
        e.QualifiedName,
        e.EventCode + "/" + e.ValuesPerLevel,
        e.ValueStart >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{e.ValueStart}..{e.ValueEnd} {e.Datatype}") : "-");

    [GeneratedRegex(@"^@(?<start>\d+)\+(?<width>\d+) (?<event>[A-Z]{2}) (?<qname>\S+) code=(?<code>\S+)(?: ev=\S+)?(?: qname=\S+)?(?: bits=(?<bits>\d+\.\.\d+))?(?: type=(?<type>\S+))?")]
    private static partial Regex ReferenceLine();
}
