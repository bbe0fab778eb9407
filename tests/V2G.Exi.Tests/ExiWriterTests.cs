using System;
using System.Numerics;
using Xunit;

namespace V2G.Exi.Tests;

public class ExiWriterTests
{
    [Fact]
    public void WriteHeader_WritesByte0x80()
    {
        Assert.Equal("80", WriterHarness.WriteHex((ref ExiWriter w) => w.WriteHeader()));
    }

    [Fact]
    public void WriteBits_PacksMostSignificantBitFirst()
    {
        string hex = WriterHarness.WriteHex((ref ExiWriter w) =>
        {
            w.WriteBits(0b10, 2);
            w.WriteBits(0b1, 1);
            w.WriteBits(0, 0);
            w.WriteBits(0b00001, 5);
            w.WriteBits(0xDEADBEEF, 32);
            w.WriteBits(0b111, 3);
        });

        Assert.Equal("A1DEADBEEFE0", hex);
    }

    [Fact]
    public void WriteBits_TracksBitPosition()
    {
        var writer = new ExiWriter(new byte[16]);
        Assert.Equal(0, writer.BitPosition);
        writer.WriteBits(1, 3);
        Assert.Equal(3, writer.BitPosition);
        writer.WriteBits(5, 32);
        Assert.Equal(35, writer.BitPosition);
        writer.WriteUnsignedInteger(300);
        Assert.Equal(51, writer.BitPosition);
        Assert.Equal(7, writer.Finish());
        Assert.Equal(56, writer.BitPosition);
    }

    [Fact]
    public void WriteBits_RejectsBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiWriter(new byte[8]).WriteBits(0, 33));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiWriter(new byte[8]).WriteBits(0, -1));
        var ex = Assert.Throws<ExiEncodeException>(() => new ExiWriter(new byte[8]).WriteBits(4, 2));
        Assert.Contains("does not fit in 2 bits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBoolean_WritesOneBitEach()
    {
        Assert.Equal("A0", WriterHarness.WriteHex((ref ExiWriter w) =>
        {
            w.WriteBoolean(true);
            w.WriteBoolean(false);
            w.WriteBoolean(true);
        }));
    }

    [Theory]
    [InlineData(0UL, "00")]
    [InlineData(1UL, "01")]
    [InlineData(127UL, "7F")]
    [InlineData(128UL, "8001")]
    [InlineData(300UL, "AC02")]
    [InlineData(16383UL, "FF7F")]
    [InlineData(16384UL, "808001")]
    [InlineData(0x0FFFFFFFUL, "FFFFFF7F")]
    [InlineData(0x10000000UL, "8080808001")]
    [InlineData(9223372036854775808UL, "80808080808080808001")]
    [InlineData(ulong.MaxValue, "FFFFFFFFFFFFFFFFFF01")]
    public void WriteUnsignedInteger_KnownPatterns(ulong value, string expected)
    {
        Assert.Equal(expected, WriterHarness.WriteHex((ref ExiWriter w) => w.WriteUnsignedInteger(value)));
        Assert.Equal(expected, WriterHarness.WriteHex((ref ExiWriter w) => w.WriteUnsignedInteger(new BigInteger(value))));
    }

    [Fact]
    public void WriteUnsignedInteger_Unaligned_MatchesReference()
    {
        string hex = WriterHarness.WriteHex((ref ExiWriter w) =>
        {
            w.WriteBits(1, 1);
            w.WriteUnsignedInteger(128);
        });

        // 1 10000000 00000001 -> 1100 0000 0000 0000 1000 0000
        Assert.Equal("C00080", hex);
    }

    [Fact]
    public void WriteUnsignedInteger_BigValues()
    {
        BigInteger twoTo64 = BigInteger.One << 64;
        Assert.Equal("80808080808080808002", WriterHarness.WriteHex((ref ExiWriter w) => w.WriteUnsignedInteger(twoTo64)));
        Assert.Equal("8080808080808080808001", WriterHarness.WriteHex((ref ExiWriter w) => w.WriteUnsignedInteger(BigInteger.One << 70)));

        BigInteger huge = BigInteger.Parse("123456789012345678901234567890123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            Hex.Of(new BitBuilder().Unsigned(huge).ToArray()),
            WriterHarness.WriteHex((ref ExiWriter w) => w.WriteUnsignedInteger(huge)));
    }

    [Fact]
    public void WriteUnsignedInteger_NegativeBigInteger_Throws()
    {
        var ex = Assert.Throws<ExiEncodeException>(() => new ExiWriter(new byte[8]).WriteUnsignedInteger(BigInteger.MinusOne));
        Assert.Contains("negative", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ex.BitOffset);
    }

    [Theory]
    [InlineData(0L, "0000")]          // 0 00000000
    [InlineData(1L, "0080")]          // 0 00000001
    [InlineData(-1L, "8000")]         // 1 00000000
    [InlineData(-2L, "8080")]         // 1 00000001
    [InlineData(-128L, "BF80")]       // 1 01111111
    [InlineData(-129L, "C00080")]     // 1 10000000 00000001
    [InlineData(long.MaxValue, "7FFFFFFFFFFFFFFFBF80")]
    [InlineData(long.MinValue, "FFFFFFFFFFFFFFFFBF80")]
    public void WriteInteger_KnownPatterns(long value, string expected)
    {
        string hex = WriterHarness.WriteHex((ref ExiWriter w) => w.WriteInteger(value));
        Assert.Equal(expected, hex);
        Assert.Equal(Hex.Of(new BitBuilder().Integer(value).ToArray()), hex);
        Assert.Equal(hex, WriterHarness.WriteHex((ref ExiWriter w) => w.WriteInteger(new BigInteger(value))));
    }

    [Fact]
    public void WriteInteger_BigValuesBeyond64Bits()
    {
        BigInteger[] values =
        {
            (BigInteger)long.MaxValue + 1,
            (BigInteger)long.MinValue - 1,
            BigInteger.One << 64,
            -(BigInteger.One << 64),
            -(BigInteger.One << 64) - 1,
            BigInteger.Pow(10, 40),
            -BigInteger.Pow(10, 40),
            -(BigInteger.One << 2100),
            (BigInteger.One << 2100) + 12345,
        };

        foreach (BigInteger value in values)
        {
            Assert.Equal(
                Hex.Of(new BitBuilder().Bits("101").Integer(value).ToArray()),
                WriterHarness.WriteHex((ref ExiWriter w) =>
                {
                    w.WriteBits(0b101, 3);
                    w.WriteInteger(value);
                }, capacity: 4096));
        }
    }

    [Theory]
    [InlineData(5UL, 3, "A0")]
    [InlineData(0UL, 0, "")]
    [InlineData(1UL, 1, "80")]
    [InlineData(0xABCUL, 12, "ABC0")]
    [InlineData(0x123456789UL, 33, "91A2B3C480")]
    [InlineData(ulong.MaxValue, 64, "FFFFFFFFFFFFFFFF")]
    public void WriteNBitUnsignedInteger_KnownPatterns(ulong value, int bitCount, string expected)
    {
        Assert.Equal(expected, WriterHarness.WriteHex((ref ExiWriter w) => w.WriteNBitUnsignedInteger(value, bitCount)));
    }

    [Fact]
    public void WriteNBitUnsignedInteger_RejectsBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiWriter(new byte[16]).WriteNBitUnsignedInteger(0, 65));
        Assert.Throws<ExiEncodeException>(() => new ExiWriter(new byte[16]).WriteNBitUnsignedInteger(8, 3));
        Assert.Throws<ExiEncodeException>(() => new ExiWriter(new byte[16]).WriteNBitUnsignedInteger(1, 0));
        Assert.Throws<ExiEncodeException>(() => new ExiWriter(new byte[16]).WriteNBitUnsignedInteger(1UL << 40, 40));
    }

    [Fact]
    public void WriteBinary_KnownPatterns()
    {
        Assert.Equal("03010203", WriterHarness.WriteHex((ref ExiWriter w) => w.WriteBinary(new byte[] { 1, 2, 3 })));
        Assert.Equal("00", WriterHarness.WriteHex((ref ExiWriter w) => w.WriteBinary(ReadOnlySpan<byte>.Empty)));

        byte[] data = new byte[200];
        new Random(7).NextBytes(data);
        Assert.Equal(
            Hex.Of(new BitBuilder().Bits("1").Binary(data).ToArray()),
            WriterHarness.WriteHex((ref ExiWriter w) =>
            {
                w.WriteBoolean(true);
                w.WriteBinary(data);
            }));
    }

    [Fact]
    public void Finish_PadsWithZeroAndOverwritesDirtyDestination()
    {
        byte[] buffer = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
        var writer = new ExiWriter(buffer);
        writer.WriteBits(1, 1);
        writer.WriteBits(0, 32);
        Assert.Equal(5, writer.Finish());
        Assert.Equal("8000000000FFFFFF", Hex.Of(buffer));
        Assert.Equal(5, writer.Finish());
    }

    [Fact]
    public void Finish_OnEmptyWriterReturnsZero()
    {
        var writer = new ExiWriter(Span<byte>.Empty);
        Assert.Equal(0, writer.Finish());
    }

    [Fact]
    public void BufferTooSmall_ReportsBitOffsetAndSizes()
    {
        var ex = Assert.Throws<ExiBufferTooSmallException>(() =>
        {
            var writer = new ExiWriter(new byte[1]);
            writer.WriteBits(0x7F, 7);
            writer.WriteBits(3, 2);
        });

        Assert.Equal(7, ex.BitOffset);
        Assert.Equal(2, ex.RequiredBits);
        Assert.Equal(1, ex.AvailableBits);
        Assert.IsAssignableFrom<ExiEncodeException>(ex);
    }

    [Fact]
    public void BufferTooSmall_ForEveryShorterDestination_ThrowsAndNeverWritesOutside()
    {
        byte[] full = WriterHarness.Write(WriteMixedContent);
        for (int size = 0; size < full.Length; size++)
        {
            byte[] buffer = new byte[size + 8];
            buffer.AsSpan().Fill(0xA5);
            int capturedSize = size;
            Exception? caught = null;
            try
            {
                var writer = new ExiWriter(buffer.AsSpan(0, capturedSize));
                WriteMixedContent(ref writer);
                writer.Finish();
            }
            catch (Exception ex)
            {
                caught = ex;
            }

            Assert.IsType<ExiBufferTooSmallException>(caught);
            Assert.All(buffer.AsSpan(size).ToArray(), b => Assert.Equal(0xA5, b));
        }
    }

    [Fact]
    public void NonThrowingWriter_ForEveryShorterDestination_CountsTheSizeNeededAndNeverWritesOutside()
    {
        byte[] full = WriterHarness.Write(WriteMixedContent);
        for (int size = 0; size < full.Length; size++)
        {
            byte[] buffer = new byte[size + 8];
            buffer.AsSpan().Fill(0xA5);
            var writer = new ExiWriter(buffer.AsSpan(0, size), throwWhenFull: false);
            WriteMixedContent(ref writer);
            int needed = writer.Finish();

            Assert.True(writer.Overflowed, "size " + size);
            Assert.Equal(full.Length, needed);
            Assert.All(buffer.AsSpan(size).ToArray(), b => Assert.Equal(0xA5, b));
        }
    }

    [Fact]
    public void NonThrowingWriter_WithRoom_WritesWhatTheThrowingWriterWrites()
    {
        byte[] full = WriterHarness.Write(WriteMixedContent);
        byte[] buffer = new byte[full.Length];
        var writer = new ExiWriter(buffer, throwWhenFull: false);
        WriteMixedContent(ref writer);
        Assert.Equal(full.Length, writer.Finish());
        Assert.False(writer.Overflowed);
        Assert.Equal(Hex.Of(full), Hex.Of(buffer));
    }

    [Fact]
    public void DefaultWriter_ThrowsWhenWrittenTo()
    {
        Assert.Throws<ExiBufferTooSmallException>(() =>
        {
            ExiWriter writer = default;
            writer.WriteHeader();
        });
    }

    [Fact]
    public void NonThrowingWriter_StillThrowsForValuesThatCannotBeEncoded()
    {
        Assert.Throws<ExiEncodeException>(() =>
        {
            var writer = new ExiWriter(new byte[1], throwWhenFull: false);
            writer.WriteBits(0xFF, 4);
        });
    }

    [Fact]
    public void Writer_MatchesReferenceEncoder_ForMixedContent()
    {
        byte[] expected = new BitBuilder()
            .Bits("10000000")
            .Value(2, 2)
            .Unsigned(1000)
            .Integer(-70000)
            .String("Grüße 😀")
            .Binary(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE, 0x01 })
            .Value(0x5, 3)
            .Bits("1")
            .Value(0x1234567890, 37)
            .ToArray();
        Assert.Equal(Hex.Of(expected), Hex.Of(WriterHarness.Write(WriteMixedContent)));
    }

    internal static void WriteMixedContent(ref ExiWriter w)
    {
        w.WriteHeader();
        w.WriteBits(2, 2);
        w.WriteUnsignedInteger(1000);
        w.WriteInteger(-70000);
        w.WriteString("Grüße 😀");
        w.WriteBinary(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE, 0x01 });
        w.WriteNBitUnsignedInteger(5, 3);
        w.WriteBoolean(true);
        w.WriteNBitUnsignedInteger(0x1234567890, 37);
    }
}
