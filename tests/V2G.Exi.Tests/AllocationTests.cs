using System;
using System.Numerics;
using Xunit;

namespace V2G.Exi.Tests;

public class AllocationTests
{
    private static readonly BigInteger Big = BigInteger.Pow(3, 200);
    private static readonly BigInteger NegativeBig = -BigInteger.Pow(5, 100);
    private static readonly BigInteger NearUlongMax = new(ulong.MaxValue - 1);
    private static readonly BigInteger VeryBig = BigInteger.One << 3000; // beyond the stack buffer: pooled
    private static readonly byte[] Payload = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    private const string Text = "urn:iso:15118:2:2013:MsgDef äöü 😀";

    [Fact]
    public void Writing_AllocatesNothing()
    {
        byte[] buffer = new byte[8192];
        WriteEverything(buffer); // warm-up

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++)
        {
            WriteEverything(buffer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ReadingNumbers_AllocatesNothing()
    {
        byte[] buffer = new byte[8192];
        int length = WriteEverything(buffer);
        byte[] stream = buffer.AsSpan(0, length).ToArray();
        ulong expected = ReadNumbers(stream); // warm-up

        long before = GC.GetAllocatedBytesForCurrentThread();
        ulong sum = 0;
        for (int i = 0; i < 200; i++)
        {
            sum += ReadNumbers(stream);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(unchecked(expected * 200), sum);
    }

    [Fact]
    public void ReadingStrings_AllocatesOnlyTheStrings()
    {
        string longText = new string('x', 2000) + "😀";
        byte[] buffer = new byte[8192];
        var writer = new ExiWriter(buffer);
        writer.WriteString(Text);
        writer.WriteString(longText);
        byte[] stream = buffer.AsSpan(0, writer.Finish()).ToArray();

        ReadStrings(stream); // warm-up (also rents the pooled buffer once)
        long before = GC.GetAllocatedBytesForCurrentThread();
        const int Rounds = 100;
        for (int i = 0; i < Rounds; i++)
        {
            ReadStrings(stream);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A string costs about 22 bytes of header plus 2 bytes per char.
        long strings = (2L * (Text.Length + longText.Length)) + (2 * 32);
        Assert.True(allocated <= Rounds * strings, $"allocated {allocated} bytes, expected at most {Rounds * strings}");
        Assert.True(allocated >= Rounds * 2L * (Text.Length + longText.Length), $"allocated {allocated} bytes");
    }

    private static void ReadStrings(byte[] stream)
    {
        var reader = new ExiReader(stream);
        if (reader.ReadString(0).Length != Text.Length || reader.ReadString(0).Length != 2002)
        {
            throw new InvalidOperationException("wrong strings");
        }
    }

    private static int WriteEverything(Span<byte> buffer)
    {
        var writer = new ExiWriter(buffer);
        writer.WriteHeader();
        writer.WriteBits(5, 3);
        writer.WriteBoolean(true);
        for (ulong v = 1; v != 0 && v < ulong.MaxValue / 3; v *= 3)
        {
            writer.WriteUnsignedInteger(v);
            writer.WriteInteger(-(long)v);
            writer.WriteNBitUnsignedInteger(v & 0xFFFFFFFFFF, 40);
        }

        writer.WriteInteger(long.MinValue);
        writer.WriteUnsignedInteger(Big);
        writer.WriteInteger(NegativeBig);
        writer.WriteInteger(new BigInteger(-12345));
        writer.WriteUnsignedInteger(NearUlongMax);
        writer.WriteInteger(VeryBig);
        writer.WriteString(Text);
        writer.WriteString("plain ascii".AsSpan());
        writer.WriteBinary(Payload);
        return writer.Finish();
    }

    private static ulong ReadNumbers(byte[] stream)
    {
        var reader = new ExiReader(stream);
        reader.ReadHeader();
        ulong check = reader.ReadBits(3);
        check += reader.ReadBoolean() ? 1UL : 0UL;
        for (ulong v = 1; v != 0 && v < ulong.MaxValue / 3; v *= 3)
        {
            check += reader.ReadUnsignedInteger();
            check += (ulong)reader.ReadInteger();
            check += reader.ReadNBitUnsignedInteger(40);
        }

        if (reader.ReadInteger() != long.MinValue)
        {
            throw new InvalidOperationException("unexpected value");
        }

        return unchecked(check + (ulong)reader.BitPosition + (ulong)reader.TrailingBytes());
    }
}
