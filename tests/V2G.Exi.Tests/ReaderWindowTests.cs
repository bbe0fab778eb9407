using System;
using System.Numerics;
using Xunit;

namespace V2G.Exi.Tests;

/// <summary>
/// The reader's window paths: bits, unsigned integers and ASCII strings read from one 64-bit window in the middle of
/// the input and from the cached last eight bytes near its end. Every case runs at each bit alignment and with the
/// value ending at or near the last bit, against the naive <see cref="BitBuilder"/> oracle.
/// </summary>
public class ReaderWindowTests
{
    [Fact]
    public void ReadBits_InputsOfEveryLength_MatchReferenceAndFailAtTheEnd()
    {
        var random = new Random(17);
        for (int length = 0; length <= 18; length++)
        {
            byte[] data = new byte[length];
            random.NextBytes(data);
            int total = length * 8;
            for (int start = 0; start <= total; start++)
            {
                for (int count = 0; count <= 32; count++)
                {
                    if (start + count <= total)
                    {
                        var reader = Skip(data, start);
                        Assert.Equal(ReferenceBits(data, start, count), reader.ReadBits(count));
                        Assert.Equal(start + count, reader.BitPosition);
                    }
                    else
                    {
                        var ex = Assert.Throws<ExiEndOfStreamException>(() => Skip(data, start).ReadBits(count));
                        Assert.Equal(start, ex.BitOffset);
                        Assert.Equal(count, ex.RequiredBits);
                        Assert.Equal(total - start, ex.AvailableBits);
                    }
                }
            }
        }
    }

    [Fact]
    public void ReadUnsignedInteger_OneToTenGroups_AtEveryAlignmentNearTheEnd()
    {
        for (int groups = 1; groups <= 10; groups++)
        {
            // The largest value of this many groups (capped at 64 bits) and one with a zero group in the middle.
            ulong largest = groups >= 10 ? ulong.MaxValue : (1UL << (7 * groups)) - 1;
            ulong sparse = groups == 1 ? 5 : (1UL << (7 * (groups - 1))) | 3;
            foreach (ulong value in new[] { largest, sparse })
            {
                for (int align = 0; align < 8; align++)
                {
                    for (int trailingBits = 0; trailingBits <= 80; trailingBits += 5)
                    {
                        byte[] data = new BitBuilder().Value(0x5A, align).Unsigned(value).Value(0, trailingBits).ToArray();
                        var reader = Skip(data, align);
                        Assert.Equal(value, reader.ReadUnsignedInteger());
                        Assert.Equal(align + (groups * 8), reader.BitPosition);
                    }
                }
            }
        }
    }

    [Fact]
    public void ReadUnsignedInteger_CutAtEveryByte_FailsAtTheMissingGroup()
    {
        const ulong value = 0x0123_4567_89AB_CDEF; // nine groups
        for (int align = 0; align < 8; align++)
        {
            byte[] full = new BitBuilder().Value(0, align).Unsigned(value).ToArray();
            for (int length = 0; length < full.Length; length++)
            {
                byte[] data = full.AsSpan(0, length).ToArray();
                int total = length * 8;
                int groupStart = align;
                while (groupStart + 8 <= total)
                {
                    groupStart += 8;
                }

                if (total < align)
                {
                    continue;
                }

                var ex = Assert.Throws<ExiEndOfStreamException>(() => Skip(data, align).ReadUnsignedInteger());
                Assert.Equal(groupStart, ex.BitOffset);
                Assert.Equal(8, ex.RequiredBits);
                Assert.Equal(total - groupStart, ex.AvailableBits);

                var recording = new ExiReader(data, ExiDecodeOptions.Default, null, recordsErrors: true);
                recording.ReadBits(align);
                recording.ReadUnsignedInteger();
                var recorded = Assert.IsType<ExiEndOfStreamException>(recording.Error);
                Assert.Equal(groupStart, recorded.BitOffset);
            }
        }
    }

    [Fact]
    public void ReadUnsignedInteger_BeyondSixtyFourBits_StillFails()
    {
        byte[] data = new BitBuilder().Value(1, 3).Unsigned(BigInteger.One << 64).Value(0, 40).ToArray();
        var ex = Assert.Throws<ExiDecodeException>(() => Skip(data, 3).ReadUnsignedInteger());
        Assert.Equal(3, ex.BitOffset);
        Assert.Contains("exceeds 64 bits", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcdefgh\u00E9")]              // the first non-ASCII character right after a full window
    [InlineData("ab\u00E9cdefghijklmnop")]      // early, then ASCII again
    [InlineData("\u00E9abc")]
    [InlineData("abcdefghij\U0001F600k")]        // a surrogate pair after ASCII
    [InlineData("0123456789abcdefghijklmnopqrstuv\u4E2D")]
    public void ReadString_AsciiThenNonAscii_AtEveryAlignment(string value)
    {
        for (int align = 0; align < 8; align++)
        {
            for (int trailingBits = 0; trailingBits <= 72; trailingBits += 9)
            {
                AssertReadsString(value, align, trailingBits);
            }
        }
    }

    [Fact]
    public void ReadString_AsciiOfEveryLength_AtEveryAlignmentNearTheEnd()
    {
        const string alphabet = "The quick brown fox jumps over the lazy dog 0123456789~";
        for (int length = 0; length <= alphabet.Length; length++)
        {
            for (int align = 0; align < 8; align++)
            {
                AssertReadsString(alphabet.Substring(0, length), align, 0);
                AssertReadsString(alphabet.Substring(0, length), align, 13);
            }
        }
    }

    [Fact]
    public void ReadString_LongMixedString_UsesThePooledBuffer()
    {
        string value = new string('x', 300) + "\u00FC" + new string('y', 200);
        AssertReadsString(value, 3, 0);
    }

    [Fact]
    public void ReadString_NonAsciiCutByTheEnd_FailsInsideTheCharacter()
    {
        // "ab" then U+00E9 (two groups); the input ends after the first group of the third character.
        for (int align = 0; align < 8; align++)
        {
            byte[] full = new BitBuilder().Value(0, align).String("ab\u00E9").ToArray();
            int total = align + (8 * 5);
            byte[] data = full.AsSpan(0, total / 8).ToArray();
            int available = (data.Length * 8) - (total - 8);
            if (available >= 8)
            {
                continue; // the cut falls after the character when the alignment spills into an extra byte
            }

            var ex = Assert.Throws<ExiEndOfStreamException>(() => Skip(data, align).ReadString(0));
            Assert.Equal(total - 8, ex.BitOffset);
            Assert.Equal(available, ex.AvailableBits);
        }
    }

    [Fact]
    public void ReadBinary_OfEveryLength_AtEveryAlignmentNearTheEnd()
    {
        var random = new Random(29);
        for (int length = 0; length <= 40; length++)
        {
            byte[] value = new byte[length];
            random.NextBytes(value);
            for (int align = 0; align < 8; align++)
            {
                foreach (int trailingBits in new[] { 0, 7, 64 })
                {
                    byte[] data = new BitBuilder().Value(0x6B, align).Binary(value).Value(0x7F, trailingBits).ToArray();
                    var reader = Skip(data, align);
                    Assert.Equal(value, reader.ReadBinary());
                    Assert.Equal(new BitBuilder().Value(0, align).Binary(value).Count, reader.BitPosition);
                }
            }
        }
    }

    private static void AssertReadsString(string value, int align, int trailingBits)
    {
        byte[] data = new BitBuilder().Value(0x2D, align).String(value).Value(0x3, trailingBits).ToArray();
        var reader = Skip(data, align);
        Assert.Equal(value, reader.ReadString(0));
        long end = new BitBuilder().Value(0, align).String(value).Count;
        Assert.Equal(end, reader.BitPosition);
    }

    private static ExiReader Skip(byte[] data, int bits)
    {
        var reader = new ExiReader(data);
        for (int skipped = 0; skipped < bits; skipped += 32)
        {
            reader.ReadBits(Math.Min(32, bits - skipped));
        }

        return reader;
    }

    private static uint ReferenceBits(byte[] data, int start, int count)
    {
        uint expected = 0;
        for (int i = 0; i < count; i++)
        {
            int bit = start + i;
            expected = (expected << 1) | (uint)((data[bit / 8] >> (7 - (bit % 8))) & 1);
        }

        return expected;
    }
}
