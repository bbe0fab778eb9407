using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace V2G.Exi;

/// <summary>
/// Reads a bit-packed EXI stream (V2G profile) from a span: bits are read most significant bit first within each
/// byte. Reading numbers allocates nothing; strings and binaries allocate only the returned value.
/// </summary>
/// <remarks>
/// Every read that runs past the end of the input fails with <see cref="ExiEndOfStreamException"/>; every length
/// prefix is checked against the remaining input and the options' limits before anything is allocated. A reader made
/// with <c>recordsErrors: true</c> (what generated decoders use) throws nothing: it keeps the first error (see
/// <see cref="Error"/>) and every later read returns a neutral value; any other reader throws the error where it is found.
/// </remarks>
public ref partial struct ExiReader
{
    private const int StackBufferChars = 256;
    private const int StackBufferBytes = 256;

    private readonly ReadOnlySpan<byte> _source;
    private readonly long _lengthBits;
    private readonly ExiStringTable? _stringTable;
    private readonly bool _ignoresLengthFacets;
    private readonly bool _strictFacets;   // false in default(ExiReader) too: a decoder is not a validator unless asked
    private readonly Tracing.ExiTraceRecorder? _trace;
    private readonly bool _recordsErrors;
    private readonly int _maxStringLength;
    private readonly int _maxBinaryLength;
    private readonly long _maxAllocatedBytes;
    private long _allocatedBytes;
    private long _bitPosition;
    private ExiDecodeException? _error;

    // The last (up to) eight bytes of the input, big-endian and zero-padded on the right, loaded once: a read near the
    // end costs the same as one in the middle (no byte loop with bounds checks).
    private readonly ulong _tail;
    private readonly int _tailStart;

    /// <summary>Creates a reader for the V2G profile: string-table hits are rejected.</summary>
    /// <param name="source">The EXI stream, starting with the header byte.</param>
    public ExiReader(ReadOnlySpan<byte> source)
        : this(source, (ExiStringTable?)null)
    {
    }

    /// <summary>
    /// Creates a reader. With a string table the reader runs in lenient mode: string-table hits are resolved through
    /// the table and every literal is added to it (EXI §7.3.3); without one, hits throw
    /// <see cref="ExiStringTableHitException"/>.
    /// </summary>
    /// <param name="source">The EXI stream, starting with the header byte.</param>
    /// <param name="stringTable">The value string table for lenient mode, or <see langword="null"/> for the V2G profile.</param>
    public ExiReader(ReadOnlySpan<byte> source, ExiStringTable? stringTable)
    {
        _source = source;
        _lengthBits = (long)source.Length * 8;
        _stringTable = stringTable;
        _ignoresLengthFacets = false;
        _strictFacets = false;
        _trace = null;
        _recordsErrors = false;
        _maxStringLength = int.MaxValue;
        _maxBinaryLength = int.MaxValue;
        _maxAllocatedBytes = long.MaxValue;
        _allocatedBytes = 0;
        _bitPosition = 0;
        _error = null;
        _tailStart = Math.Max(0, source.Length - 8);
        _tail = LoadTail(source);
    }

    /// <summary>Creates a reader with the settings of <paramref name="options"/> (string table, length facets).</summary>
    /// <param name="source">The EXI stream, starting with the header byte.</param>
    /// <param name="options">The decoding options.</param>
    public ExiReader(ReadOnlySpan<byte> source, ExiDecodeOptions options)
        : this(source, (options ?? throw new ArgumentNullException(nameof(options))).AllowStringTableHits ? new ExiStringTable() : null)
    {
        _ignoresLengthFacets = options.IgnoreLengthFacets;
        _strictFacets = options.FacetValidation == ExiFacetValidation.Strict;
        _maxStringLength = options.MaxStringLength;
        _maxBinaryLength = options.MaxBinaryLength;
        _maxAllocatedBytes = options.MaxAllocatedBytes;
    }

    /// <summary>Number of bits read so far (the offset of the next bit).</summary>
    public readonly long BitPosition => _bitPosition;

    /// <summary>Number of bits left in the input.</summary>
    public readonly long RemainingBits => _lengthBits - _bitPosition;

    /// <summary>Length of the input in bytes.</summary>
    public readonly int Length => _source.Length;

    /// <summary>
    /// Whether decoded strings and binaries are checked against their length facets: under
    /// <see cref="ExiFacetValidation.Strict"/> unless <see cref="ExiDecodeOptions.IgnoreLengthFacets"/> is set.
    /// </summary>
    public readonly bool ChecksLengthFacets => _strictFacets && !_ignoresLengthFacets;

    /// <summary>
    /// Whether decoded integers are checked against their range facets and abstract-typed content is refused
    /// (<see cref="ExiDecodeOptions.FacetValidation"/> is <see cref="ExiFacetValidation.Strict"/>).
    /// </summary>
    public readonly bool ChecksFacets => _strictFacets;

    /// <summary>The value string table of lenient mode, or <see langword="null"/> for the V2G profile.</summary>
    public readonly ExiStringTable? StringTable => _stringTable;

    /// <summary>Reads <paramref name="bitCount"/> bits, most significant first.</summary>
    /// <param name="bitCount">Number of bits, 0..32.</param>
    /// <returns>The bits as an unsigned value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bitCount"/> is outside 0..32.</exception>
    /// <exception cref="ExiEndOfStreamException">The input has fewer than <paramref name="bitCount"/> bits left.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint ReadBits(int bitCount)
    {
        if ((uint)bitCount > 32)
        {
            ThrowBitCountOutOfRange(bitCount, 32);
        }

        return Take(bitCount);
    }

    /// <summary>
    /// Reads the V2G EXI header, which must be the single byte <c>0x80</c>: distinguishing bits <c>10</c>, no options,
    /// final version 1, no <c>$EXI</c> cookie.
    /// </summary>
    /// <exception cref="ExiDecodeException">The header is not <c>0x80</c>; the message says which field is wrong.</exception>
    /// <exception cref="ExiEndOfStreamException">The input is shorter than the header.</exception>
    public void ReadHeader()
    {
        long start = _bitPosition;
        if (RemainingBits >= 32 && Peek(start, 32) == 0x24455849)
        {
            Fail(new ExiDecodeException(
                "EXI cookie '$EXI' found: not supported, a V2G stream starts directly with the header byte 0x80",
                start));
            return;
        }

        uint header = Take(8);
        if (header == 0x80 || _error is not null)
        {
            return;
        }

        if ((header >> 6) != 0b10)
        {
            Fail(new ExiDecodeException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"EXI distinguishing bits are '{(header >> 7) & 1}{(header >> 6) & 1}', expected '10' (header byte 0x{header:X2}, a V2G stream starts with 0x80): not an EXI stream"),
                start));
            return;
        }

        if ((header & 0x20) != 0)
        {
            Fail(new ExiDecodeException(
                "EXI options are present in the header: not supported, the V2G profile agrees the options out of band (header byte must be 0x80)",
                start + 2));
            return;
        }

        if ((header & 0x10) != 0)
        {
            Fail(new ExiDecodeException(
                "EXI header announces a preview version: not supported, only the final version 1 (header byte must be 0x80)",
                start + 3));
            return;
        }

        uint versionBits = header & 0x0F;
        string version = versionBits == 0x0F
            ? "16 or later"
            : (versionBits + 1).ToString(CultureInfo.InvariantCulture);
        Fail(new ExiDecodeException(
            string.Concat("EXI version ", version, " is not supported: only final version 1 (header byte must be 0x80)"),
            start + 4));
    }

    /// <summary>Reads a Boolean (EXI §7.1.2): one bit.</summary>
    /// <returns><see langword="true"/> for a 1 bit.</returns>
    /// <exception cref="ExiEndOfStreamException">The input has ended.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ReadBoolean() => Take(1) != 0;

    /// <summary>
    /// Number of whole bytes after the current position rounded up to the next byte boundary (that is, after the
    /// padding of the last byte). 0 when the stream ends exactly in the current byte.
    /// </summary>
    /// <returns>The number of trailing bytes.</returns>
    public readonly int TrailingBytes() => _source.Length - (int)((_bitPosition + 7) >> 3);

    /// <summary>Whether the bits from the current position to the next byte boundary are all zero.</summary>
    /// <returns><see langword="true"/> when the padding is zero (or the position is byte-aligned).</returns>
    public readonly bool PaddingIsZero()
    {
        int padding = (int)((8 - (_bitPosition & 7)) & 7);
        return padding == 0 || Peek(_bitPosition, padding) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Take(int bitCount)
    {
        long position = _bitPosition;
        if (position + bitCount > _lengthBits)
        {
            FailEndOfStream(bitCount);
            return 0;
        }

        _bitPosition = position + bitCount;
        return Peek(position, bitCount);
    }

    /// <summary>Whether <paramref name="bitCount"/> bits are left; records the end of the stream if not.</summary>
    private bool EnsureAvailable(int bitCount)
    {
        if (_bitPosition + bitCount > _lengthBits)
        {
            FailEndOfStream(bitCount);
            return false;
        }

        return true;
    }

    /// <summary>Returns <paramref name="bitCount"/> (0..32) bits at <paramref name="position"/>; the caller checks the bounds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint Peek(long position, int bitCount)
    {
        // shift + bitCount <= 39 bits: one 64-bit load holds them. Shifting in two steps keeps bitCount 0 defined.
        ulong window = Load64((int)(position >> 3)) << (int)(position & 7);
        return (uint)((window >> 32) >> (32 - bitCount));
    }

    /// <summary>The 64 bits from <paramref name="position"/> on, zero past the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ulong Window64(long position)
    {
        int index = (int)(position >> 3);
        int shift = (int)(position & 7);
        int nextIndex = index + 8;
        uint next = (uint)nextIndex < (uint)_source.Length ? _source[nextIndex] : 0u;
        return (Load64(index) << shift) | (next >> (8 - shift));
    }

    /// <summary>The eight bytes from <paramref name="index"/> (0..input length) as a big-endian number, zero past the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ulong Load64(int index)
    {
        if ((uint)index + 8 <= (uint)_source.Length)
        {
            ulong raw = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(_source), (nint)(uint)index));
            return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(raw) : raw;
        }

        // Within the last eight bytes: offset is 0..8 (8 only at the very end, where nothing is left).
        int offset = index - _tailStart;
        return offset < 8 ? _tail << (offset * 8) : 0;
    }

    /// <summary>The last (up to) eight bytes of <paramref name="source"/>, big-endian, zero-padded on the right.</summary>
    private static ulong LoadTail(ReadOnlySpan<byte> source)
    {
        if (source.Length >= 8)
        {
            return BinaryPrimitives.ReadUInt64BigEndian(source.Slice(source.Length - 8));
        }

        ulong tail = 0;
        for (int i = 0; i < source.Length; i++)
        {
            tail |= (ulong)source[i] << (56 - (8 * i));
        }

        return tail;
    }

    private void FailEndOfStream(int bitCount) => Fail(new ExiEndOfStreamException(_bitPosition, bitCount, RemainingBits));

    private static void ThrowBitCountOutOfRange(int bitCount, int max) =>
        throw new ArgumentOutOfRangeException(
            nameof(bitCount),
            bitCount,
            string.Create(CultureInfo.InvariantCulture, $"The bit count must be between 0 and {max}."));
}
