using System;
using System.Buffers;
using System.Numerics;

namespace V2G.Exi;

/// <content>Integer representations (EXI §7.1.5, §7.1.6, §7.1.9).</content>
public ref partial struct ExiWriter
{
    /// <summary>
    /// Writes an Unsigned Integer (EXI §7.1.6): 7-bit groups, least significant first, each in an octet whose high
    /// bit says whether more groups follow.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteUnsignedInteger(ulong value)
    {
        if (value < 0x80)
        {
            Put((uint)value, 8);
            return;
        }

        // Pack up to four octets per Put call.
        while (true)
        {
            uint packed = 0;
            int octets = 0;
            do
            {
                uint octet = (uint)value & 0x7F;
                value >>= 7;
                if (value != 0)
                {
                    octet |= 0x80;
                }

                packed = (packed << 8) | octet;
                octets++;
            }
            while (value != 0 && octets < 4);

            Put(packed, octets * 8);
            if (value == 0)
            {
                return;
            }
        }
    }

    /// <summary>Writes an Unsigned Integer (EXI §7.1.6) of any size.</summary>
    /// <param name="value">The value; must not be negative.</param>
    /// <exception cref="ExiEncodeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteUnsignedInteger(BigInteger value)
    {
        if (value.Sign < 0)
        {
            ThrowNegativeUnsigned(BitPosition);
        }

        if (value <= BigIntegerLimits.UInt64Max)
        {
            WriteUnsignedInteger((ulong)value);
            return;
        }

        WriteLargeMagnitude(value, negative: false);
    }

    /// <summary>
    /// Writes an Integer (EXI §7.1.5): a sign bit (1 = negative) then the magnitude as an Unsigned Integer; for a
    /// negative value the magnitude is -value - 1.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteInteger(long value)
    {
        if (value < 0)
        {
            Put(1, 1);
            WriteUnsignedInteger((ulong)~value); // ~value == -value - 1, also for long.MinValue
        }
        else
        {
            Put(0, 1);
            WriteUnsignedInteger((ulong)value);
        }
    }

    /// <summary>Writes an Integer (EXI §7.1.5) of any size (unbounded xs:integer).</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteInteger(BigInteger value)
    {
        if (value >= BigIntegerLimits.Int64Min && value <= BigIntegerLimits.Int64Max)
        {
            WriteInteger((long)value);
            return;
        }

        bool negative = value.Sign < 0;
        Put(negative ? 1u : 0u, 1);
        WriteLargeMagnitude(value, negative);
    }

    /// <summary>
    /// Writes an n-bit Unsigned Integer (EXI §7.1.9): <paramref name="bitCount"/> bits, most significant first. The
    /// value is already offset by the facet minimum.
    /// </summary>
    /// <param name="value">The value; it must fit in <paramref name="bitCount"/> bits.</param>
    /// <param name="bitCount">Number of bits, 0..64.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bitCount"/> is outside 0..64.</exception>
    /// <exception cref="ExiEncodeException"><paramref name="value"/> does not fit in <paramref name="bitCount"/> bits.</exception>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteNBitUnsignedInteger(ulong value, int bitCount)
    {
        if ((uint)bitCount > 64)
        {
            ThrowBitCountOutOfRange(bitCount, 64);
        }

        if (bitCount < 64 && (value >> bitCount) != 0)
        {
            ThrowValueTooWide(value, bitCount);
        }

        if (bitCount > 32)
        {
            int high = bitCount - 32;
            if (!Reserve(bitCount))
            {
                return;
            }

            Put((uint)(value >> 32), high);
            Put((uint)value, 32);
        }
        else
        {
            Put((uint)value, bitCount);
        }
    }

    private void WriteLargeMagnitude(BigInteger value, bool negative)
    {
        // Magnitude as little-endian bytes: the value itself, or for a negative value ~value (= -value - 1), which
        // is the bitwise complement of its two's complement bytes.
        int byteCount = value.GetByteCount(isUnsigned: !negative);
        byte[]? rented = null;
        Span<byte> buffer = byteCount <= StackBufferBytes
            ? stackalloc byte[StackBufferBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        buffer = buffer.Slice(0, byteCount);
        try
        {
            value.TryWriteBytes(buffer, out _, isUnsigned: !negative, isBigEndian: false);
            if (negative)
            {
                for (int i = 0; i < buffer.Length; i++)
                {
                    buffer[i] = (byte)~buffer[i];
                }
            }

            WriteMagnitudeBytes(buffer);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private void WriteMagnitudeBytes(scoped ReadOnlySpan<byte> littleEndian)
    {
        int top = littleEndian.Length - 1;
        while (top > 0 && littleEndian[top] == 0)
        {
            top--;
        }

        long bitLength = top < 0 ? 0 : (long)top * 8 + (32 - BitOperations.LeadingZeroCount((uint)littleEndian[top]));
        long groups = Math.Max(1, (bitLength + 6) / 7);
        if (!Reserve(groups * 8))
        {
            return;
        }

        for (long g = 0; g < groups; g++)
        {
            long bit = g * 7;
            int index = (int)(bit >> 3);
            int shift = (int)(bit & 7);
            uint window = littleEndian[index];
            if (index + 1 < littleEndian.Length)
            {
                window |= (uint)littleEndian[index + 1] << 8;
            }

            uint octet = (window >> shift) & 0x7F;
            if (g + 1 < groups)
            {
                octet |= 0x80;
            }

            Put(octet, 8);
        }
    }

    private static void ThrowNegativeUnsigned(long bitOffset) =>
        throw new ExiEncodeException("A negative value cannot be encoded as an unsigned integer", bitOffset);
}
