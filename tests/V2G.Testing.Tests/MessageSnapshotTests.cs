using System;
using Xunit;

namespace V2G.Testing.Tests;

/// <summary>The rendering: sections in order, hex 32 bytes a line, extra sections, duplicate names refused.</summary>
public class MessageSnapshotTests
{
    [Fact]
    public void Of_a_generated_codec_has_xml_json_hex_and_the_explain_trace_of_the_bytes()
    {
        var document = V2G.Messages.AppProtocol.AppProtocolCodec.Decode(Vectors.Exi("app-protocol/supportedAppProtocolReq-min.exi"));
        var snapshot = MessageSnapshot.Of(V2G.Messages.AppProtocol.AppProtocolCodec.Documents, document);
        Assert.Equal(new[] { "xml", "json", "hex", "explain" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(snapshot.Sections, s => s.Name)));
        string explain = snapshot.Sections[3].Text;
        Assert.StartsWith("# header: bits 0..8\n@8+0 SD", explain, StringComparison.Ordinal);
        Assert.Contains("# end: last event ends at bit ", explain, StringComparison.Ordinal);
    }

    [Fact]
    public void Hex_HasTheLength_ThenThirtyTwoBytesALine()
    {
        var bytes = new byte[33];
        bytes[0] = 0x80;
        bytes[32] = 0xff;

        var hex = SnapshotSection.Hex(bytes);

        Assert.Equal("33 bytes\n80" + new string('0', 62) + "\nff\n", hex.Text);
    }

    [Fact]
    public void ToText_RendersSectionsInOrder_WithOneBlankLineBetween_AndLfOnly()
    {
        var snapshot = MessageSnapshot.FromParts(SnapshotSection.Xml("<a>\r\n</a>\r\n\r\n"), SnapshotSection.Hex([0x80, 0x01]))
            .With(new SnapshotSection("explain", "bit 0 header"));

        Assert.Equal("# xml\n<a>\n</a>\n\n# hex\n2 bytes\n8001\n\n# explain\nbit 0 header\n", snapshot.ToText());
    }

    [Fact]
    public void With_ASectionNameTwice_IsRefused()
    {
        var snapshot = MessageSnapshot.FromParts(SnapshotSection.Xml("<a/>"));

        var e = Assert.Throws<ArgumentException>(() => snapshot.With(SnapshotSection.Xml("<b/>")));
        Assert.Contains("already has a section 'xml'", e.Message);
    }
}
