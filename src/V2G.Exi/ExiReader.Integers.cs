using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace V2G.Exi;

/// <content>Integer representations (EXI §7.1.5, §7.1.6, §7.1.9).</content>
public ref partial struct ExiReader
{
    /// <summary>Reads an Unsigned Integer (EXI §7.1.6) that fits in 64 bits.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ExiDecodeException">The value exceeds 64 bits.</exception>
    /// <exception cref="ExiEndOfStreamException">The input ended inside the value.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadUnsignedInteger() =>
        ReadUnsigned64("Unsigned integer exceeds 64 bits", _bitPosition);

    /// <summary>Reads an Unsigned Integer (EXI §7.1.6) of any size.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ExiEndOfStreamException">The input ended inside the value.</exception>
    public BigInteger ReadUnsignedBigInteger()
    {
        long start = _bitPosition;

        // First pass: find the last group (bounded by the input) and keep the low 63 bits.
        ulong low = 0;
        int groups = 0;
        while (true)
        {
            // At the end of the input Take returns 0, which ends the loop: it runs at most once per input byte.
            uint octet = Take(8);
            if (groups < 9)
            {
                low |= (ulong)(octet & 0x7F) << (7 * groups);
            }

            groups++;
            if (octet < 0x80)
            {
                break;
            }
        }

        if (groups <= 9 || _error is not null)
        {
            return low;
        }

        // Second pass: gather all groups into a little-endian buffer whose size the input bounds.
        long end = _bitPosition;
        _bitPosition = start;
        int byteCount = (int)(((long)groups * 7 + 7) >> 3);
        byte[]? rented = null;
        Span<byte> buffer = byteCount <= StackBufferBytes
            ? stackalloc byte[StackBufferBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        buffer = buffer.Slice(0, byteCount);
        buffer.Clear();
        try
        {
            for (int g = 0; g < groups; g++)
            {
                uint group = Take(8) & 0x7F;
                long bit = (long)g * 7;
                int index = (int)(bit >> 3);
                int shift = (int)(bit & 7);
                buffer[index] |= (byte)(group << shift);
                if (shift > 1)
                {
                    buffer[index + 1] |= (byte)(group >> (8 - shift));
                }
            }

            _bitPosition = end;
            return new BigInteger(buffer, isUnsigned: true, isBigEndian: false);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads an Integer (EXI §7.1.5) that fits in a <see cref="long"/>: a sign bit, then the magnitude.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ExiDecodeException">The value is outside the <see cref="long"/> range.</exception>
    /// <exception cref="ExiEndOfStreamException">The input ended inside the value.</exception>
    public long ReadInteger()
    {
        long start = _bitPosition;
        bool negative = Take(1) != 0;
        ulong magnitude = ReadUnsigned64("Integer exceeds the 64-bit signed range", start);
        if (magnitude > long.MaxValue)
        {
            Fail(new ExiDecodeException("Integer exceeds the 64-bit signed range", start));
            return 0;
        }

        return negative ? ~(long)magnitude : (long)magnitude;
    }

    /// <summary>Reads an Integer (EXI §7.1.5) of any size (unbounded xs:integer).</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ExiEndOfStreamException">The input ended inside the value.</exception>
    public BigInteger ReadBigInteger()
    {
        bool negative = Take(1) != 0;
        BigInteger magnitude = ReadUnsignedBigInteger();
        return negative ? BigInteger.MinusOne - magnitude : magnitude;
    }

    /// <summary>Reads an n-bit Unsigned Integer (EXI §7.1.9); the caller adds the facet minimum.</summary>
    /// <param name="bitCount">Number of bits, 0..64.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bitCount"/> is outside 0..64.</exception>
    /// <exception cref="ExiEndOfStreamException">The input has fewer than <paramref name="bitCount"/> bits left.</exception>
    public ulong ReadNBitUnsignedInteger(int bitCount)
    {
        if ((uint)bitCount > 64)
        {
            ThrowBitCountOutOfRange(bitCount, 64);
        }

        if (bitCount <= 32)
        {
            return Take(bitCount);
        }

        if (!EnsureAvailable(bitCount))
        {
            return 0;
        }

        ulong high = Take(bitCount - 32);
        return (high << 32) | Take(32);
    }

    /// <summary>
    /// Reads an Unsigned Integer of at most 64 bits. Up to eight 7-bit groups come from one 64-bit window: the first
    /// clear continuation bit ends the value. Longer values and values that would run past the end of the input take
    /// the group-by-group path, which reports the errors.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadUnsigned64(string overflowReason, long reportOffset)
    {
        long position = _bitPosition;
        long available = _lengthBits - position;
        ulong window = Window64(position);
        if ((long)window >= 0 && available >= 8)
        {
            _bitPosition = position + 8;
            return window >> 56;
        }

        return ReadUnsigned64Window(window, available, overflowReason, reportOffset);
    }

    /// <summary>The multi-group case of <see cref="ReadUnsigned64"/>: <paramref name="window"/> starts at the value.</summary>
    private ulong ReadUnsigned64Window(ulong window, long available, string overflowReason, long reportOffset)
    {
        // Past the end the window is zero, so a value cut off by the end stops early here and fails the bounds test.
        ulong stops = ~window & 0x8080808080808080UL;
        int groups = (BitOperations.LeadingZeroCount(stops) >> 3) + 1;
        if (stops == 0 || groups * 8 > available)
        {
            return ReadUnsigned64ByGroups(overflowReason, reportOffset);
        }

        _bitPosition += groups * 8;

        // Group g (least significant first) is byte g from the top of the window: reverse, keep the value's bytes,
        // then pack the 7-bit groups together in three steps (7 -> 14 -> 28 -> 56 bits).
        ulong bytes = BinaryPrimitives.ReverseEndianness(window) & (ulong.MaxValue >> (64 - (groups * 8)));
        bytes &= 0x7F7F7F7F7F7F7F7FUL;
        bytes = (bytes & 0x007F007F007F007FUL) | ((bytes & 0x7F007F007F007F00UL) >> 1);
        bytes = (bytes & 0x00003FFF00003FFFUL) | ((bytes & 0x3FFF00003FFF0000UL) >> 2);
        return (bytes & 0x000000000FFFFFFFUL) | ((bytes & 0x0FFFFFFF00000000UL) >> 4);
    }

    private ulong ReadUnsigned64ByGroups(string overflowReason, long reportOffset)
    {
        uint octet = Take(8);
        if (octet < 0x80)
        {
            return octet;
        }

        ulong result = octet & 0x7F;
        for (int shift = 7; shift <= 63; shift += 7)
        {
            octet = Take(8);
            ulong group = octet & 0x7F;
            if (shift == 63 && (group > 1 || octet >= 0x80))
            {
                break;
            }

            result |= group << shift;
            if (octet < 0x80)
            {
                return result;
            }
        }

        Fail(new ExiDecodeException(overflowReason, reportOffset));
        return 0;
    }
}
