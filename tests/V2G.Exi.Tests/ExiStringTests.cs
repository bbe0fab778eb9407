using System;
using Xunit;

namespace V2G.Exi.Tests;

public class ExiStringTests
{
    [Theory]
    [InlineData("", "02")]
    [InlineData("A", "0341")]
    [InlineData("ä", "03E401")]                 // U+00E4 = 228 -> E4 01
    [InlineData("😀", "0380EC07")]              // U+1F600 = 128512 -> 80 EC 07, one code point
    [InlineData("a😀b", "056180EC0762")]
    [InlineData("\U0010FFFF", "03FFFF43")]      // largest scalar value
    public void WriteString_KnownPatterns(string value, string expected)
    {
        Assert.Equal(expected, WriterHarness.WriteHex((ref ExiWriter w) => w.WriteString(value)));
        Assert.Equal(value, new ExiReader(Hex.Parse(expected)).ReadString(0));
    }

    [Fact]
    public void WriteString_DinProtocolNamespace_MatchesVectorBytes()
    {
        // /work/shared/vectors/README.md: DIN supportedAppProtocolReq stream 8000dbab9371d3234b71d1b9...; the
        // ProtocolNamespace value occupies bits 13..221 (8-bit length prefix 27, then 25 characters of 8 bits).
        byte[] bytes = WriterHarness.Write((ref ExiWriter w) =>
        {
            w.WriteHeader();
            w.WriteBits(0, 5);
            Assert.Equal(13, w.BitPosition);
            w.WriteString("urn:din:70121:2012:MsgDef");
            Assert.Equal(221, w.BitPosition);
        });

        Assert.StartsWith("8000DBAB9371D3234B71D1B9", Hex.Of(bytes), StringComparison.Ordinal);
        Assert.Equal("8000DBAB9371D3234B71D1B981899189D191818991D26B9B3A232B30", Hex.Of(bytes));

        var reader = new ExiReader(bytes);
        reader.ReadHeader();
        Assert.Equal(0u, reader.ReadBits(5));
        Assert.Equal("urn:din:70121:2012:MsgDef", reader.ReadString(0));
        Assert.Equal(221, reader.BitPosition);
        Assert.True(reader.PaddingIsZero());
        Assert.Equal(0, reader.TrailingBytes());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WriteString_LoneSurrogate_ThrowsNamingTheIndexAndWritesNothing(int testCase)
    {
        // Built here rather than passed as theory data: xunit would replace lone surrogates while serializing.
        (string value, int index, string kind) = testCase switch
        {
            0 => ("ab" + (char)0xD800 + "c", 2, "high"),
            1 => (((char)0xDC00).ToString(), 0, "low"),
            2 => ("a" + (char)0xD83D, 1, "high"),
            _ => ("xy" + (char)0xDE00 + (char)0xD83D, 2, "low"),
        };

        byte[] buffer = new byte[64];
        long position = -1;
        var ex = Assert.Throws<ExiEncodeException>(() =>
        {
            var writer = new ExiWriter(buffer);
            writer.WriteBits(1, 3);
            try
            {
                writer.WriteString(value);
            }
            finally
            {
                position = writer.BitPosition;
            }
        });

        Assert.Contains($"UTF-16 index {index}", ex.Reason, StringComparison.Ordinal);
        Assert.Contains(kind + " surrogate", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(3, ex.BitOffset);
        Assert.Equal(3, position);
    }

    [Fact]
    public void ReadString_LongAndNonAsciiStrings_RoundTrip()
    {
        var random = new Random(42);
        foreach (int length in new[] { 1, 100, 127, 128, 129, 200, 1000, 5000 })
        {
            var chars = new System.Text.StringBuilder();
            while (chars.Length < length)
            {
                int kind = random.Next(4);
                int cp = kind switch
                {
                    0 => random.Next(0x20, 0x7F),
                    1 => random.Next(0x80, 0x800),
                    2 => random.Next(0xE000, 0x10000),
                    _ => random.Next(0x10000, 0x110000),
                };
                chars.Append(char.ConvertFromUtf32(cp));
            }

            string value = chars.ToString();
            byte[] bytes = WriterHarness.Write(
                (ref ExiWriter w) =>
                {
                    w.WriteBits(1, 1);
                    w.WriteString(value);
                },
                capacity: 32768);
            Assert.Equal(Hex.Of(new BitBuilder().Bits("1").String(value).ToArray()), Hex.Of(bytes));

            var reader = new ExiReader(bytes);
            Assert.True(reader.ReadBoolean());
            Assert.Equal(value, reader.ReadString(0));
        }
    }

    [Theory]
    [InlineData("0380B003", "U+D800")]     // a surrogate code point
    [InlineData("0380808044", "beyond")]   // four groups
    [InlineData("03808044", "U+110000")]   // above U+10FFFF
    public void ReadString_InvalidCodePoint_Throws(string hex, string expected)
    {
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse(hex)).ReadString(0));
        Assert.Contains(expected, ex.Reason, StringComparison.Ordinal);
        Assert.Equal(8, ex.BitOffset);
    }

    [Fact]
    public void ReadString_LengthBeyondInput_ThrowsBeforeReading()
    {
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse("054142")).ReadString(0));
        Assert.IsNotType<ExiEndOfStreamException>(ex);
        Assert.StartsWith("String length 3 exceeds the remaining input", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ex.BitOffset);
    }

    [Fact]
    public void ReadString_PrefixOverflowingUlong_Throws()
    {
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse("FFFFFFFFFFFFFFFFFFFFFF01")).ReadString(0));
        Assert.Contains("exceeds 64 bits", ex.Reason, StringComparison.Ordinal);
    }
}
