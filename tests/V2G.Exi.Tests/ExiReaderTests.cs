using System;
using System.Numerics;
using Xunit;

namespace V2G.Exi.Tests;

public class ExiReaderTests
{
    [Fact]
    public void ReadBits_ReadsMostSignificantBitFirst()
    {
        var reader = new ExiReader(Hex.Parse("A1DEADBEEFE0"));
        Assert.Equal(6, reader.Length);
        Assert.Equal(48, reader.RemainingBits);
        Assert.Equal(0b10u, reader.ReadBits(2));
        Assert.Equal(1u, reader.ReadBits(1));
        Assert.Equal(0u, reader.ReadBits(0));
        Assert.Equal(1u, reader.ReadBits(5));
        Assert.Equal(0xDEADBEEFu, reader.ReadBits(32));
        Assert.Equal(0b111u, reader.ReadBits(3));
        Assert.Equal(43, reader.BitPosition);
        Assert.Equal(5, reader.RemainingBits);
    }

    [Fact]
    public void ReadBits_AtEveryOffsetNearTheEnd_MatchesReference()
    {
        byte[] data = new byte[13];
        new Random(3).NextBytes(data);
        for (int start = 0; start < data.Length * 8; start++)
        {
            for (int count = 0; count <= 32 && start + count <= data.Length * 8; count++)
            {
                var reader = new ExiReader(data);
                for (int skipped = 0; skipped < start; skipped += 32)
                {
                    reader.ReadBits(Math.Min(32, start - skipped));
                }

                uint expected = 0;
                for (int i = 0; i < count; i++)
                {
                    int bit = start + i;
                    expected = (expected << 1) | (uint)((data[bit / 8] >> (7 - (bit % 8))) & 1);
                }

                Assert.Equal(expected, reader.ReadBits(count));
            }
        }
    }

    [Fact]
    public void ReadBits_PastTheEnd_ThrowsEndOfStreamWithDetails()
    {
        var ex = Assert.Throws<ExiEndOfStreamException>(() =>
        {
            var reader = new ExiReader(new byte[] { 0xAB });
            Assert.Equal(0xAu, reader.ReadBits(4));
            reader.ReadBits(5);
        });

        Assert.Equal(4, ex.BitOffset);
        Assert.Equal(5, ex.RequiredBits);
        Assert.Equal(4, ex.AvailableBits);
        Assert.Contains("5 bits needed, 4 available", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at bit 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBits_RejectsBadBitCount()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiReader(new byte[8]).ReadBits(33));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiReader(new byte[8]).ReadNBitUnsignedInteger(65));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiReader(new byte[8]).ReadNBitUnsignedInteger(-1));
    }

    [Fact]
    public void ReadBoolean_ReadsOneBit()
    {
        var reader = new ExiReader(new byte[] { 0xA0 });
        Assert.True(reader.ReadBoolean());
        Assert.False(reader.ReadBoolean());
        Assert.True(reader.ReadBoolean());
        Assert.Equal(3, reader.BitPosition);
    }

    [Theory]
    [InlineData("00", 0UL)]
    [InlineData("7F", 127UL)]
    [InlineData("8001", 128UL)]
    [InlineData("AC02", 300UL)]
    [InlineData("808001", 16384UL)]
    [InlineData("8000", 0UL)]                       // a redundant zero group is still read correctly
    [InlineData("80808080808080808001", 9223372036854775808UL)]
    [InlineData("FFFFFFFFFFFFFFFFFF01", ulong.MaxValue)]
    public void ReadUnsignedInteger_KnownPatterns(string hex, ulong expected)
    {
        var reader = new ExiReader(Hex.Parse(hex));
        Assert.Equal(expected, reader.ReadUnsignedInteger());
        Assert.Equal(0, reader.RemainingBits);
        Assert.Equal((BigInteger)expected, new ExiReader(Hex.Parse(hex)).ReadUnsignedBigInteger());
    }

    [Theory]
    [InlineData("FFFFFFFFFFFFFFFFFF02")]
    [InlineData("FFFFFFFFFFFFFFFFFF81")]
    [InlineData("8080808080808080808080808001")]
    [InlineData("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")]
    public void ReadUnsignedInteger_BeyondUlong_ThrowsDecodeException(string hex)
    {
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse(hex)).ReadUnsignedInteger());
        Assert.IsNotType<ExiEndOfStreamException>(ex);
        Assert.Equal("Unsigned integer exceeds 64 bits", ex.Reason);
        Assert.Equal(0, ex.BitOffset);
    }

    [Fact]
    public void ReadUnsignedBigInteger_BeyondUlong()
    {
        Assert.Equal(BigInteger.One << 64, new ExiReader(Hex.Parse("80808080808080808002")).ReadUnsignedBigInteger());
        Assert.Equal(BigInteger.One << 70, new ExiReader(Hex.Parse("8080808080808080808001")).ReadUnsignedBigInteger());

        BigInteger huge = BigInteger.Pow(7, 1000);
        byte[] bytes = new BitBuilder().Bits("110").Unsigned(huge).Bits("1").ToArray();
        var reader = new ExiReader(bytes);
        Assert.Equal(6u, reader.ReadBits(3));
        Assert.Equal(huge, reader.ReadUnsignedBigInteger());
        Assert.True(reader.ReadBoolean());
    }

    [Fact]
    public void ReadUnsignedBigInteger_NoTerminatingGroup_ThrowsEndOfStream()
    {
        byte[] bytes = new byte[5000];
        bytes.AsSpan().Fill(0xFF);
        var ex = Assert.Throws<ExiEndOfStreamException>(() => new ExiReader(bytes).ReadUnsignedBigInteger());
        Assert.Equal(5000 * 8, ex.BitOffset);
    }

    [Theory]
    [InlineData("0000", 0L)]
    [InlineData("0080", 1L)]
    [InlineData("8000", -1L)]
    [InlineData("8080", -2L)]
    [InlineData("BF80", -128L)]
    [InlineData("C00080", -129L)]
    [InlineData("7FFFFFFFFFFFFFFFBF80", long.MaxValue)]
    [InlineData("FFFFFFFFFFFFFFFFBF80", long.MinValue)]
    public void ReadInteger_KnownPatterns(string hex, long expected)
    {
        Assert.Equal(expected, new ExiReader(Hex.Parse(hex)).ReadInteger());
        Assert.Equal((BigInteger)expected, new ExiReader(Hex.Parse(hex)).ReadBigInteger());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadInteger_BeyondLong_Throws(bool negative)
    {
        // Magnitude 2^63 does not fit: +2^63 and -2^63 - 1 are outside the long range.
        byte[] bytes = new BitBuilder().Bits(negative ? "1" : "0").Unsigned(BigInteger.One << 63).ToArray();
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(bytes).ReadInteger());
        Assert.Contains("64-bit signed range", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ex.BitOffset);

        BigInteger expected = negative ? -(BigInteger.One << 63) - 1 : BigInteger.One << 63;
        Assert.Equal(expected, new ExiReader(bytes).ReadBigInteger());
    }

    [Fact]
    public void ReadNBitUnsignedInteger_ReadsUpTo64Bits()
    {
        var reader = new ExiReader(Hex.Parse("A0"));
        Assert.Equal(5UL, reader.ReadNBitUnsignedInteger(3));
        Assert.Equal(0UL, reader.ReadNBitUnsignedInteger(0));

        reader = new ExiReader(Hex.Parse("91A2B3C480"));
        Assert.Equal(0x123456789UL, reader.ReadNBitUnsignedInteger(33));

        reader = new ExiReader(Hex.Parse("FFFFFFFFFFFFFFFF"));
        Assert.Equal(ulong.MaxValue, reader.ReadNBitUnsignedInteger(64));
    }

    [Fact]
    public void ReadNBitUnsignedInteger_Truncated_ReportsTheWholeRead()
    {
        var ex = Assert.Throws<ExiEndOfStreamException>(() =>
        {
            var reader = new ExiReader(new byte[8]);
            reader.ReadBits(1);
            reader.ReadNBitUnsignedInteger(64);
        });

        Assert.Equal(1, ex.BitOffset);
        Assert.Equal(64, ex.RequiredBits);
        Assert.Equal(63, ex.AvailableBits);
    }

    [Fact]
    public void ReadBinary_AlignedAndUnaligned()
    {
        Assert.Equal(new byte[] { 1, 2, 3 }, new ExiReader(Hex.Parse("03010203")).ReadBinary());
        Assert.Empty(new ExiReader(Hex.Parse("00")).ReadBinary());

        byte[] data = new byte[300];
        new Random(11).NextBytes(data);
        for (int offset = 0; offset < 8; offset++)
        {
            byte[] bytes = new BitBuilder().Value(0, offset).Binary(data).Bits("1").ToArray();
            var reader = new ExiReader(bytes);
            reader.ReadNBitUnsignedInteger(offset);
            Assert.Equal(data, reader.ReadBinary());
            Assert.True(reader.ReadBoolean());
        }
    }

    [Fact]
    public void ReadBinary_LengthBeyondInput_Throws()
    {
        var ex = Assert.Throws<ExiDecodeException>(() => new ExiReader(Hex.Parse("040102")).ReadBinary());
        Assert.IsNotType<ExiEndOfStreamException>(ex);
        Assert.StartsWith("Binary length 4 exceeds the remaining input", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingBytesAndPadding()
    {
        var reader = new ExiReader(Hex.Parse("8000"));
        reader.ReadHeader();
        reader.ReadBits(3);
        Assert.Equal(0, reader.TrailingBytes());
        Assert.True(reader.PaddingIsZero());

        reader = new ExiReader(Hex.Parse("800000"));
        reader.ReadHeader();
        reader.ReadBits(3);
        Assert.Equal(1, reader.TrailingBytes());

        reader = new ExiReader(Hex.Parse("8010"));
        reader.ReadHeader();
        reader.ReadBits(3);
        Assert.False(reader.PaddingIsZero());

        reader = new ExiReader(Hex.Parse("8001"));
        reader.ReadHeader();
        reader.ReadBits(7);
        Assert.False(reader.PaddingIsZero());
        reader.ReadBits(1);
        Assert.True(reader.PaddingIsZero());
        Assert.Equal(0, reader.TrailingBytes());

        reader = new ExiReader(Hex.Parse("80"));
        reader.ReadHeader();
        Assert.Equal(0, reader.TrailingBytes());
        Assert.True(reader.PaddingIsZero());
    }
}
