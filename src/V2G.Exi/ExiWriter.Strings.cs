using System;
using System.Buffers.Binary;
using System.Globalization;

namespace V2G.Exi;

/// <content>String (EXI §7.1.10, §7.3) and binary (EXI §7.1.1) representations.</content>
public ref partial struct ExiWriter
{
    /// <summary>
    /// Writes a string value as a V2G literal (EXI §7.1.10 with valuePartitionCapacity = 0): the number of Unicode
    /// code points plus 2 as an Unsigned Integer, then each code point as an Unsigned Integer.
    /// </summary>
    /// <param name="value">The string; surrogate pairs are combined into one code point.</param>
    /// <exception cref="ExiEncodeException"><paramref name="value"/> contains a lone surrogate (nothing is written).</exception>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteString(ReadOnlySpan<char> value)
    {
        // First pass: count code points and validate, so that nothing is written for an invalid string.
        int codePoints = value.Length;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    codePoints--;
                    i++;
                }
                else
                {
                    ThrowLoneSurrogate(c, i, BitPosition);
                }
            }
        }

        WriteUnsignedInteger((ulong)codePoints + 2);
        for (int i = 0; i < value.Length; i++)
        {
            uint c = value[i];
            if (c < 0x80)
            {
                Put(c, 8);
            }
            else if (char.IsHighSurrogate((char)c))
            {
                i++;
                WriteUnsignedInteger((ulong)char.ConvertToUtf32((char)c, value[i]));
            }
            else
            {
                WriteUnsignedInteger(c);
            }
        }
    }

    /// <summary>Writes a Binary value (EXI §7.1.1): the length as an Unsigned Integer, then the bytes.</summary>
    /// <param name="value">The bytes.</param>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        WriteUnsignedInteger((ulong)value.Length);
        if (!Reserve((long)value.Length * 8))
        {
            return;
        }

        int i = 0;
        for (; i + 4 <= value.Length; i += 4)
        {
            Put(BinaryPrimitives.ReadUInt32BigEndian(value.Slice(i)), 32);
        }

        for (; i < value.Length; i++)
        {
            Put(value[i], 8);
        }
    }

    private static void ThrowLoneSurrogate(char c, int index, long bitOffset) =>
        throw new ExiEncodeException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"String contains a lone {(char.IsHighSurrogate(c) ? "high" : "low")} surrogate U+{(int)c:X4} at UTF-16 index {index}; EXI strings carry Unicode scalar values only"),
            bitOffset);
}
