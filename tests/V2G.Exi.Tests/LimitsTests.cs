using System;
using Xunit;

namespace V2G.Exi.Tests;

/// <summary>
/// Crafted inputs against a reader that records errors: each fails at its bit offset without throwing, allocates
/// less than 64 KiB, and leaves the reader returning neutral values.
/// </summary>
public class LimitsTests
{
    private const long AllocationBound = 64 * 1024;

    [Fact]
    public void A_string_length_of_2_to_the_31_fails_at_the_length_prefix_before_anything_is_allocated()
    {
        byte[] stream = Stream((ref ExiWriter w) => w.WriteUnsignedInteger((1UL << 31) + 2));
        var (error, allocated) = Read(stream, ExiDecodeOptions.Default, (ref ExiReader r) => r.ReadString(0));
        Assert.Equal("String length 2147483648 exceeds the remaining input (0 bits left, each character needs at least 8)", error.Reason);
        Assert.Equal(0, error.BitOffset);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public void A_binary_length_of_2_to_the_62_fails_at_the_length_prefix_before_anything_is_allocated()
    {
        byte[] stream = Stream((ref ExiWriter w) =>
        {
            w.WriteBits(0b101, 3);
            w.WriteUnsignedInteger(1UL << 62);
        });
        var (error, allocated) = Read(stream, ExiDecodeOptions.Default, (ref ExiReader r) =>
        {
            r.ReadBits(3);
            r.ReadBinary();
        });
        Assert.StartsWith("Binary length 4611686018427387904 exceeds the remaining input", error.Reason, StringComparison.Ordinal);
        Assert.Equal(3, error.BitOffset);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public void A_stream_of_only_1_bits_fails_in_the_header_and_in_an_unbounded_integer_at_the_end_of_the_input()
    {
        byte[] ones = new byte[4096];
        ones.AsSpan().Fill(0xFF);
        var (header, _) = Read(ones, ExiDecodeOptions.Default, (ref ExiReader r) => r.ReadHeader());
        Assert.StartsWith("EXI distinguishing bits are '11', expected '10'", header.Reason, StringComparison.Ordinal);
        Assert.Equal(0, header.BitOffset);

        // Every group says "more follows": the loop runs once per input byte and ends with the input.
        var (integer, allocated) = Read(ones, ExiDecodeOptions.Default, (ref ExiReader r) => r.ReadUnsignedBigInteger());
        var endOfStream = Assert.IsType<ExiEndOfStreamException>(integer);
        Assert.Equal(ones.Length * 8L, endOfStream.BitOffset);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public void An_empty_stream_fails_at_bit_0_needing_the_8_header_bits()
    {
        var (error, allocated) = Read([], ExiDecodeOptions.Default, (ref ExiReader r) => r.ReadHeader());
        var endOfStream = Assert.IsType<ExiEndOfStreamException>(error);
        Assert.Equal(0, endOfStream.BitOffset);
        Assert.Equal(8, endOfStream.RequiredBits);
        Assert.Equal(0, endOfStream.AvailableBits);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public void A_tightened_string_limit_refuses_a_longer_string_at_its_length_prefix()
    {
        byte[] stream = Stream((ref ExiWriter w) => w.WriteString("12345"));
        var options = new ExiDecodeOptions { MaxStringLength = 4 };
        var (error, _) = Read(stream, options, (ref ExiReader r) => r.ReadString(0));
        Assert.Equal("String length 5 exceeds the limit 4 (ExiDecodeOptions.MaxStringLength)", error.Reason);
        Assert.Equal(0, error.BitOffset);

        var reader = new ExiReader(stream, new ExiDecodeOptions { MaxStringLength = 5 }, null, recordsErrors: true);
        Assert.Equal("12345", reader.ReadString(0));
        Assert.False(reader.Failed);
    }

    [Fact]
    public void A_tightened_binary_limit_refuses_a_larger_binary_at_its_length_prefix()
    {
        byte[] stream = Stream((ref ExiWriter w) => w.WriteBinary(new byte[9]));
        var (error, _) = Read(stream, new ExiDecodeOptions { MaxBinaryLength = 8 }, (ref ExiReader r) => r.ReadBinary());
        Assert.Equal("Binary length 9 exceeds the limit 8 (ExiDecodeOptions.MaxBinaryLength)", error.Reason);
    }

    [Fact]
    public void The_allocation_budget_counts_every_string_and_binary_of_a_decode()
    {
        byte[] stream = Stream((ref ExiWriter w) =>
        {
            w.WriteString("abc");
            w.WriteBinary(new byte[4]);
            w.WriteString("de");
        });
        var options = new ExiDecodeOptions { MaxAllocatedBytes = 12 };
        var (error, _) = Read(stream, options, (ref ExiReader r) =>
        {
            Assert.Equal("abc", r.ReadString(0));
            Assert.Equal(4, r.ReadBinary().Length);
            r.ReadString(0);
        });
        Assert.Equal(
            "String length 2 brings the decoded strings and binaries to 14 bytes, beyond the limit 12 (ExiDecodeOptions.MaxAllocatedBytes)",
            error.Reason);
        Assert.Equal((8 + 3 * 8) + (8 + 4 * 8), error.BitOffset);
    }

    [Fact]
    public void After_the_first_error_every_read_returns_a_neutral_value_and_the_error_stays_the_first()
    {
        var reader = new ExiReader([0x80], ExiDecodeOptions.Default, null, recordsErrors: true);
        reader.ReadHeader();
        Assert.Equal(0u, reader.ReadBits(4));
        var first = reader.Error;
        Assert.IsType<ExiEndOfStreamException>(first);
        Assert.Equal(ExiReader.NoEventCode, reader.ReadEventCode(2));
        Assert.Equal(string.Empty, reader.ReadString(0));
        Assert.Empty(reader.ReadBinary());
        Assert.Equal(0, reader.ReadInteger());
        Assert.Same(first, reader.Error);
        Assert.True(reader.FailedIn("Child"));
        Assert.Equal("/Child", first!.ElementPath);
        try
        {
            reader.ThrowIfFailed();
            Assert.Fail("ThrowIfFailed did not throw");
        }
        catch (ExiEndOfStreamException e)
        {
            Assert.Same(first, e);
        }
    }

    [Fact]
    public void A_reader_that_does_not_record_errors_still_throws_where_the_error_is_found()
    {
        Assert.Throws<ExiEndOfStreamException>(() => new ExiReader([0x80], ExiDecodeOptions.Default).ReadBits(9));
    }

    [Fact]
    public void Negative_limits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiDecodeOptions { MaxStringLength = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiDecodeOptions { MaxBinaryLength = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExiDecodeOptions { MaxAllocatedBytes = -1 });
        Assert.Equal(ExiDecodeOptions.DefaultMaxValueLength, ExiDecodeOptions.Default.MaxStringLength);
    }

    private delegate void ReadAction(ref ExiReader reader);

    private delegate void WriteAction(ref ExiWriter writer);

    private static byte[] Stream(WriteAction write)
    {
        byte[] buffer = new byte[64];
        var writer = new ExiWriter(buffer);
        write(ref writer);
        return buffer.AsSpan(0, writer.Finish()).ToArray();
    }

    /// <summary>Runs <paramref name="read"/> on a reader that records errors; returns its error and the bytes allocated meanwhile.</summary>
    private static (ExiDecodeException Error, long Allocated) Read(byte[] stream, ExiDecodeOptions options, ReadAction read)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var reader = new ExiReader(stream, options, null, recordsErrors: true);
        read(ref reader);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(reader.Failed);
        return (reader.Error!, allocated);
    }
}
