using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace V2G.Exi;

/// <summary>
/// Writes a bit-packed EXI stream (V2G profile) into a caller's span: bits are written most significant bit first
/// within each byte. Writing numbers, strings and binaries allocates nothing.
/// </summary>
/// <remarks>
/// Every byte the writer produces is overwritten, so the destination does not have to be cleared. Call
/// <see cref="Finish"/> at the end to pad the last byte with zero bits and get the number of bytes written.
/// </remarks>
public ref partial struct ExiWriter
{
    private const int StackBufferBytes = 256;

    private readonly Span<byte> _destination;
    private readonly long _capacityBits;
    private ulong _accumulator;   // pending bits, right-aligned; only the low _pendingBits bits are meaningful
    private int _pendingBits;     // 0..31 between calls
    private int _bytePosition;    // bytes already stored in _destination

    /// <summary>Creates a writer that writes from the start of <paramref name="destination"/>.</summary>
    /// <param name="destination">The buffer to fill; its previous contents do not matter.</param>
    public ExiWriter(Span<byte> destination)
    {
        _destination = destination;
        _capacityBits = (long)destination.Length * 8;
        _accumulator = 0;
        _pendingBits = 0;
        _bytePosition = 0;
    }

    /// <summary>Number of bits written so far (the offset of the next bit).</summary>
    public readonly long BitPosition => ((long)_bytePosition << 3) + _pendingBits;

    /// <summary>Writes the low <paramref name="bitCount"/> bits of <paramref name="value"/>, most significant first.</summary>
    /// <param name="value">The value; it must fit in <paramref name="bitCount"/> bits.</param>
    /// <param name="bitCount">Number of bits, 0..32.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bitCount"/> is outside 0..32.</exception>
    /// <exception cref="ExiEncodeException"><paramref name="value"/> does not fit in <paramref name="bitCount"/> bits.</exception>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteBits(uint value, int bitCount)
    {
        if ((uint)bitCount > 32)
        {
            ThrowBitCountOutOfRange(bitCount, 32);
        }

        if (((ulong)value >> bitCount) != 0)
        {
            ThrowValueTooWide(value, bitCount);
        }

        Put(value, bitCount);
    }

    /// <summary>Writes the V2G EXI header: the 8 bits <c>1000 0000</c> (no options, no cookie, final version 1).</summary>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteHeader() => Put(0x80, 8);

    /// <summary>Writes a Boolean (EXI §7.1.2): one bit, 1 for <see langword="true"/>.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ExiBufferTooSmallException">The destination is full.</exception>
    public void WriteBoolean(bool value) => Put(value ? 1u : 0u, 1);

    /// <summary>
    /// Pads the stream with zero bits up to the next byte boundary and returns the number of bytes written. Writing
    /// may continue afterwards, from that byte boundary.
    /// </summary>
    /// <returns>The number of bytes written to the destination.</returns>
    public int Finish()
    {
        if (_pendingBits != 0)
        {
            int bytes = (_pendingBits + 7) >> 3;
            ulong aligned = _accumulator << ((bytes << 3) - _pendingBits);
            for (int k = 0; k < bytes; k++)
            {
                _destination[_bytePosition + k] = (byte)(aligned >> ((bytes - 1 - k) << 3));
            }

            _bytePosition += bytes;
            _pendingBits = 0;
            _accumulator = 0;
        }

        return _bytePosition;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Put(uint value, int bitCount)
    {
        if (BitPosition + bitCount > _capacityBits)
        {
            ThrowBufferTooSmall(bitCount);
        }

        // _pendingBits < 32 and bitCount <= 32: the accumulator never holds more than 63 meaningful bits.
        _accumulator = (_accumulator << bitCount) | value;
        _pendingBits += bitCount;
        if (_pendingBits >= 32)
        {
            _pendingBits -= 32;
            BinaryPrimitives.WriteUInt32BigEndian(
                _destination.Slice(_bytePosition, 4), (uint)(_accumulator >> _pendingBits));
            _bytePosition += 4;
        }
    }

    private readonly void ThrowBufferTooSmall(long requiredBits) =>
        throw new ExiBufferTooSmallException(BitPosition, requiredBits, _capacityBits - BitPosition);

    private static void ThrowBitCountOutOfRange(int bitCount, int max) =>
        throw new ArgumentOutOfRangeException(
            nameof(bitCount),
            bitCount,
            string.Create(CultureInfo.InvariantCulture, $"The bit count must be between 0 and {max}."));

    private readonly void ThrowValueTooWide(ulong value, int bitCount) =>
        throw new ExiEncodeException(
            string.Create(CultureInfo.InvariantCulture, $"Value {value} does not fit in {bitCount} bits"),
            BitPosition);
}
