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
    private readonly bool _countWhenFull;   // false in default(ExiWriter) too: a full destination throws unless asked otherwise
    private long _capacityBits;   // set to -1 once a non-throwing writer overflows, so every later write counts only
    private ulong _accumulator;   // pending bits, right-aligned; only the low _pendingBits bits are meaningful
    private int _pendingBits;     // 0..31 between calls
    private int _bytePosition;    // bytes already stored in _destination
    private bool _overflowed;
    private long _requiredBits;   // after an overflow: the bits the stream needs so far
    private readonly bool _ignoresLengthFacets;   // false in default(ExiWriter): facets are checked unless asked otherwise
    private readonly bool _relaxedFacets;         // false in default(ExiWriter) too: an encoder is strict unless asked

    /// <summary>Creates a writer that writes from the start of <paramref name="destination"/> and throws when it is full.</summary>
    /// <param name="destination">The buffer to fill; its previous contents do not matter.</param>
    public ExiWriter(Span<byte> destination)
        : this(destination, throwWhenFull: true)
    {
    }

    /// <summary>Creates a writer that writes from the start of <paramref name="destination"/>.</summary>
    /// <param name="destination">The buffer to fill; its previous contents do not matter.</param>
    /// <param name="throwWhenFull">
    /// True to throw <see cref="ExiBufferTooSmallException"/> when the destination is full; false to stop storing
    /// and only count the bits from then on (<see cref="Overflowed"/>, and <see cref="Finish"/> gives the size needed).
    /// </param>
    public ExiWriter(Span<byte> destination, bool throwWhenFull)
    {
        _destination = destination;
        _countWhenFull = !throwWhenFull;
        _capacityBits = (long)destination.Length * 8;
        _accumulator = 0;
        _pendingBits = 0;
        _bytePosition = 0;
        _overflowed = false;
        _requiredBits = 0;
        _ignoresLengthFacets = false;
        _relaxedFacets = false;
    }

    /// <summary>Creates a writer with the settings of <paramref name="options"/>.</summary>
    /// <param name="destination">The buffer to fill; its previous contents do not matter.</param>
    /// <param name="throwWhenFull">As for <see cref="ExiWriter(Span{byte}, bool)"/>.</param>
    /// <param name="options">The encoding options.</param>
    public ExiWriter(Span<byte> destination, bool throwWhenFull, ExiEncodeOptions options)
        : this(destination, throwWhenFull)
    {
        _ignoresLengthFacets = (options ?? throw new ArgumentNullException(nameof(options))).IgnoreLengthFacets;
        _relaxedFacets = options.FacetValidation == ExiFacetValidation.Relaxed;
    }

    /// <summary>
    /// Whether strings and binaries are checked against their length facets: unless
    /// <see cref="ExiEncodeOptions.IgnoreLengthFacets"/> is set or the facets are relaxed.
    /// </summary>
    public readonly bool ChecksLengthFacets => !_ignoresLengthFacets && !_relaxedFacets;

    /// <summary>
    /// Whether integers are checked against their range facets and abstract-typed content is refused
    /// (<see cref="ExiEncodeOptions.FacetValidation"/> is <see cref="ExiFacetValidation.Strict"/>).
    /// </summary>
    public readonly bool ChecksFacets => !_relaxedFacets;

    /// <summary>Number of bits written so far (the offset of the next bit); after an overflow, the bits the stream needs so far.</summary>
    public readonly long BitPosition => _overflowed ? _requiredBits : WrittenBits;

    /// <summary>True if a non-throwing writer ran out of space: what it stored is incomplete.</summary>
    public readonly bool Overflowed => _overflowed;

    private readonly long WrittenBits => ((long)_bytePosition << 3) + _pendingBits;

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
    /// <returns>The number of bytes written to the destination; after an overflow, the number of bytes the stream needs.</returns>
    public int Finish()
    {
        if (_overflowed)
        {
            _requiredBits = (_requiredBits + 7) & ~7L;
            return (int)Math.Min(int.MaxValue, _requiredBits >> 3);
        }

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
        if (WrittenBits + bitCount > _capacityBits)
        {
            Overflow(bitCount);
            return;
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

    /// <summary>True if <paramref name="bits"/> more bits fit; otherwise throws, or (non-throwing writer) counts them and returns false.</summary>
    private bool Reserve(long bits)
    {
        if (WrittenBits + bits <= _capacityBits)
        {
            return true;
        }

        Overflow(bits);
        return false;
    }

    /// <summary>The destination cannot take <paramref name="bits"/> more bits.</summary>
    private void Overflow(long bits)
    {
        if (!_countWhenFull)
        {
            throw new ExiBufferTooSmallException(WrittenBits, bits, _capacityBits - WrittenBits);
        }

        if (!_overflowed)
        {
            _overflowed = true;
            _requiredBits = WrittenBits;
            _capacityBits = -1;
        }

        _requiredBits += bits;
    }

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
