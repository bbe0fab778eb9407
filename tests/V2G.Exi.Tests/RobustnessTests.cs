using System;
using Xunit;

namespace V2G.Exi.Tests;

public class RobustnessTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void EveryStrictPrefix_ThrowsEndOfStreamOrDecodeException(int seed)
    {
        var stream = new RandomStream(seed, 60);
        byte[] full = stream.Reference();
        for (int length = 0; length < full.Length; length++)
        {
            byte[] prefix = full.AsSpan(0, length).ToArray();
            Exception? caught = Capture(() =>
            {
                var reader = new ExiReader(prefix);
                stream.Read(ref reader, verify: false);
            });

            Assert.NotNull(caught);
            Assert.True(
                caught is ExiDecodeException && caught is not ExiStringTableHitException,
                $"prefix of {length} bytes: {caught!.GetType().Name}: {caught.Message}");
        }
    }

    [Fact]
    public void EveryStrictPrefixOfMixedContent_ThrowsDecodeException()
    {
        byte[] full = WriterHarness.Write(ExiWriterTests.WriteMixedContent);
        for (int length = 0; length < full.Length; length++)
        {
            byte[] prefix = full.AsSpan(0, length).ToArray();
            Exception? caught = Capture(() =>
            {
                var reader = new ExiReader(prefix);
                reader.ReadHeader();
                reader.ReadBits(2);
                reader.ReadUnsignedInteger();
                reader.ReadInteger();
                reader.ReadString(0);
                reader.ReadBinary();
                reader.ReadNBitUnsignedInteger(3);
                reader.ReadBoolean();
                reader.ReadNBitUnsignedInteger(37);
            });

            Assert.IsAssignableFrom<ExiDecodeException>(caught);
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void SingleBitFlips_EitherDecodeOrThrowExiDecodeException(int seed)
    {
        var stream = new RandomStream(seed, 40);
        byte[] full = stream.Reference();
        for (int bit = 0; bit < full.Length * 8; bit++)
        {
            byte[] flipped = (byte[])full.Clone();
            flipped[bit / 8] ^= (byte)(0x80 >> (bit % 8));
            Exception? caught = Capture(() =>
            {
                var reader = new ExiReader(flipped);
                stream.Read(ref reader, verify: false);
            });

            Assert.True(
                caught is null || caught is ExiDecodeException,
                $"bit {bit}: {caught?.GetType().Name}: {caught?.Message}");
        }
    }

    [Fact]
    public void HugeLengthPrefixes_FailFastWithoutAllocating()
    {
        byte[] input = Hex.Parse("FFFFFF0F"); // 33,554,431
        Assert.Throws<ExiDecodeException>(() => new ExiReader(input).ReadString(0));
        Assert.Throws<ExiDecodeException>(() => new ExiReader(input).ReadBinary());

        long before = GC.GetAllocatedBytesForCurrentThread();
        var stringError = Capture(() => new ExiReader(input).ReadString(0));
        var binaryError = Capture(() => new ExiReader(input).ReadBinary());
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.IsType<ExiDecodeException>(stringError);
        Assert.IsType<ExiDecodeException>(binaryError);
        Assert.Contains("String length 33554429 exceeds the remaining input", stringError!.Message, StringComparison.Ordinal);
        Assert.Contains("Binary length 33554431 exceeds the remaining input", binaryError!.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void UnterminatedBigInteger_FailsWithoutAllocatingBeyondTheInput()
    {
        byte[] input = new byte[100_000];
        input.AsSpan().Fill(0xFF);
        Assert.Throws<ExiEndOfStreamException>(() => new ExiReader(input).ReadUnsignedBigInteger());
        Assert.Throws<ExiEndOfStreamException>(() => new ExiReader(input).ReadBigInteger());
        Assert.Throws<ExiDecodeException>(() => new ExiReader(input).ReadUnsignedInteger());

        long before = GC.GetAllocatedBytesForCurrentThread();
        Capture(() => new ExiReader(input).ReadUnsignedBigInteger());
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes");
    }

    private static Exception? Capture(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static Exception? Capture<T>(Func<T> action) => Capture(() => { action(); });
}
