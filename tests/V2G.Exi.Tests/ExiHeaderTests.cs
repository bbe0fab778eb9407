using System;
using Xunit;

namespace V2G.Exi.Tests;

public class ExiHeaderTests
{
    [Fact]
    public void ReadHeader_Accepts0x80()
    {
        var reader = new ExiReader(new byte[] { 0x80, 0x40 });
        reader.ReadHeader();
        Assert.Equal(8, reader.BitPosition);
    }

    [Theory]
    [InlineData("00", "distinguishing bits are '00'", 0)]
    [InlineData("C0", "distinguishing bits are '11'", 0)]
    [InlineData("40", "distinguishing bits are '01'", 0)]
    [InlineData("A0", "options are present", 2)]
    [InlineData("90", "preview version", 3)]
    [InlineData("81", "version 2 is not supported", 4)]
    [InlineData("8E", "version 15 is not supported", 4)]
    [InlineData("8F", "version 16 or later is not supported", 4)]
    [InlineData("2445584980", "cookie", 0)]
    public void ReadHeader_RejectsOtherHeaders(string hex, string expected, long bitOffset)
    {
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse(hex)).ReadHeader());
        Assert.Contains(expected, ex.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(bitOffset, ex.BitOffset);
        Assert.IsNotType<ExiEndOfStreamException>(ex);
    }

    [Fact]
    public void ReadHeader_OptionsMessageMentionsOutOfBandAgreement()
    {
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(new byte[] { 0xA0 }).ReadHeader());
        Assert.Contains("out of band", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadHeader_EmptyInput_ThrowsEndOfStream()
    {
        var ex = Assert.Throws<ExiEndOfStreamException>(() => new ExiReader(ReadOnlySpan<byte>.Empty).ReadHeader());
        Assert.Equal(0, ex.BitOffset);
        Assert.Equal(8, ex.RequiredBits);
        Assert.Equal(0, ex.AvailableBits);
    }
}
