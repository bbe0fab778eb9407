using System;
using Xunit;

namespace V2G.Exi.Tests;

public class RoundTripTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void RandomSequences_MatchReferenceAndReadBack(int seed)
    {
        var stream = new RandomStream(seed, 300);
        byte[] buffer = new byte[65536];
        buffer.AsSpan().Fill(0xEE);
        var writer = new ExiWriter(buffer);
        stream.Write(ref writer);
        long bits = writer.BitPosition;
        int length = writer.Finish();
        byte[] written = buffer.AsSpan(0, length).ToArray();

        Assert.Equal(Hex.Of(stream.Reference()), Hex.Of(written));

        var reader = new ExiReader(written);
        stream.Read(ref reader, verify: true);
        Assert.Equal(bits, reader.BitPosition);
        Assert.True(reader.PaddingIsZero());
        Assert.Equal(0, reader.TrailingBytes());
    }
}
