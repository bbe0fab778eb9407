using System.Collections.Generic;
using System.IO;
using System.Linq;
using V2G.Exi;
using Xunit;

namespace V2G.Messages.Tests;

/// <summary>Every vector of the manifest: decodes to its XML, re-encodes to its bytes, and its XML encodes to its bytes.</summary>
public class VectorTests
{
    public static IEnumerable<object[]> DocumentVectors() =>
        SharedData.Vectors.Where(v => v.Family != "string-table" && FamilyCodec.All.ContainsKey(v.CodecKey)).Select(v => new object[] { v });

    public static IEnumerable<object[]> CaptureNames() =>
        FamilyCodec.All.Keys.Where(f => !f.Contains("fragment")).SelectMany(f => SharedData.Captures(f).Select(n => new object[] { f, n }));

    [Theory]
    [MemberData(nameof(DocumentVectors))]
    public void Vector_decodes_to_its_xml_and_reencodes_to_its_bytes(Vector vector)
    {
        var codec = FamilyCodec.For(vector);
        byte[] exi = vector.Exi;
        var (xml, used) = codec.DecodeToXml(exi, ExiDecodeOptions.Default);
        Assert.Null(XmlTree.Difference(vector.Xml, xml));
        Assert.Equal(exi.Length, used);
        Assert.Null(BitDiff.Explain(exi, codec.EncodeXml(xml), vector.TracePath));
    }

    [Theory]
    [MemberData(nameof(DocumentVectors))]
    public void Vector_xml_encodes_to_its_bytes(Vector vector)
    {
        var codec = FamilyCodec.For(vector);
        Assert.Null(BitDiff.Explain(vector.Exi, codec.EncodeXml(vector.Xml), vector.TracePath));
    }

    [Theory]
    [MemberData(nameof(CaptureNames))]
    public void Capture_decodes_to_its_xml_and_its_xml_encodes_to_the_reference_bytes(string family, string name)
    {
        var codec = FamilyCodec.All[family];
        string folder = Path.Combine(SharedData.VectorsDirectory, "captures", family);
        byte[] captured = File.ReadAllBytes(Path.Combine(folder, name + ".exi"));
        string expectedXml = File.ReadAllText(Path.Combine(folder, name + ".xml"));
        string reexiPath = Path.Combine(folder, name + ".reexi");
        byte[] reference = File.Exists(reexiPath) ? File.ReadAllBytes(reexiPath) : captured;

        var (xml, used) = codec.DecodeToXml(captured, ExiDecodeOptions.Default);
        Assert.Null(XmlTree.Difference(expectedXml, xml));
        Assert.True(used <= captured.Length);
        Assert.True(captured.Skip(used).All(b => b == 0) || used == captured.Length, "trailing bytes after the EXI body are not padding");
        Assert.Null(BitDiff.Explain(reference, codec.EncodeXml(expectedXml), Path.Combine(folder, name + ".trace")));
    }
}
