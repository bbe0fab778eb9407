using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace V2G.Exi;

/// <content>
/// The ASCII fast path of string values: a character below 128 is one 7-bit group with a clear continuation bit,
/// that is one octet below 0x80, so eight characters come from one 64-bit window (at any bit alignment).
/// </content>
public ref partial struct ExiReader
{
    private const ulong ContinuationBits = 0x8080808080808080UL;

    /// <summary>
    /// Number of leading characters, of at most <paramref name="count"/>, that are ASCII (one group each) from the
    /// current position. The caller guarantees that <paramref name="count"/> octets are left in the input.
    /// </summary>
    private readonly int CountAsciiCharacters(int count)
    {
        long position = _bitPosition;
        for (int scanned = 0; scanned < count; scanned += 8, position += 64)
        {
            // Only the octets of this string count: a shorter last chunk ignores the window's low bytes.
            int chunk = Math.Min(8, count - scanned);
            ulong continuations = Window64(position) & (ContinuationBits << ((8 - chunk) * 8));
            if (continuations != 0)
            {
                return scanned + (BitOperations.LeadingZeroCount(continuations) >> 3);
            }
        }

        return count;
    }

    /// <summary>
    /// Widens the <paramref name="chars"/>.Length ASCII octets from the current position into
    /// <paramref name="chars"/> without moving the position; <see cref="CountAsciiCharacters"/> has checked them.
    /// </summary>
    private readonly void CopyAsciiCharacters(Span<char> chars)
    {
        long position = _bitPosition;
        int i = 0;
        ref ushort destination = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
        for (; i + 8 <= chars.Length; i += 8, position += 64)
        {
            // Reversed, the first character is the lowest byte: widening the vector's low half gives the chars in order.
            ulong octets = BinaryPrimitives.ReverseEndianness(Window64(position));
            Vector128<ushort> wide = Vector128.WidenLower(Vector128.CreateScalar(octets).AsByte());
            wide.StoreUnsafe(ref destination, (nuint)i);
        }

        if (i < chars.Length)
        {
            ulong window = Window64(position);
            for (; i < chars.Length; i++, window <<= 8)
            {
                chars[i] = (char)(window >> 56);
            }
        }
    }
}
