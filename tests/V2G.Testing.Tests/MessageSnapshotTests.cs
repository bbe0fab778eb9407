using System;
using Xunit;

namespace V2G.Testing.Tests;

/// <summary>The rendering: sections in order, hex 32 bytes a line, extra sections, duplicate names refused.</summary>
public class MessageSnapshotTests
{
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
