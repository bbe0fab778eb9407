using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;

namespace V2G.Exi;

/// <content>String (EXI §7.1.10, §7.3) and binary (EXI §7.1.1) representations.</content>
public ref partial struct ExiReader
{
    /// <summary>
    /// Reads a string value (EXI §7.1.10). In the V2G profile it is a literal: the number of code points plus 2,
    /// then each code point as an Unsigned Integer. The prefixes 0 (local hit) and 1 (global hit) are string-table
    /// hits, resolved through the string table in lenient mode and rejected otherwise.
    /// </summary>
    /// <param name="qnameId">Id of the element or attribute qname that carries the value (used only with a string table).</param>
    /// <returns>The string.</returns>
    /// <exception cref="ExiStringTableHitException">The value is a string-table hit and the reader has no string table.</exception>
    /// <exception cref="ExiDecodeException">
    /// The length exceeds the remaining input, a code point is not a Unicode scalar value, or a hit index is out of range.
    /// </exception>
    /// <exception cref="ExiEndOfStreamException">The input ended inside the value.</exception>
    public string ReadString(int qnameId)
    {
        long start = _bitPosition;
        ulong prefix = ReadUnsigned64("String length exceeds 64 bits", start);
        if (_error is not null)
        {
            return string.Empty;
        }

        if (prefix >= 2)
        {
            ulong length = prefix - 2;
            if (length > (ulong)(RemainingBits >> 3))
            {
                Fail(new ExiDecodeException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"String length {length} exceeds the remaining input ({RemainingBits} bits left, each character needs at least 8)"),
                    start));
                return string.Empty;
            }

            if (length > (ulong)_maxStringLength || !Allocate((long)length * 2))
            {
                FailLimit(start, "String length", length, _maxStringLength, "MaxStringLength");
                return string.Empty;
            }

            string value = ReadCodePoints((int)length);
            if (_error is not null)
            {
                return string.Empty;
            }

            _trace?.Detail(string.Create(CultureInfo.InvariantCulture, $"string literal length {length}"));
            if (_stringTable is not null && value.Length != 0)
            {
                _stringTable.Add(qnameId, value);
            }

            return value;
        }

        if (_stringTable is null)
        {
            Fail(new ExiStringTableHitException(prefix == 1, start));
            return string.Empty;
        }

        string hit = prefix == 0 ? ReadLocalHit(_stringTable, qnameId) : ReadGlobalHit(_stringTable);
        if (_error is not null)
        {
            return string.Empty;
        }

        _trace?.Detail(prefix == 0 ? "string table local hit" : "string table global hit");
        return hit;
    }

    /// <summary>Reads a Binary value (EXI §7.1.1): the length as an Unsigned Integer, then the bytes.</summary>
    /// <returns>The bytes (an empty array for length 0).</returns>
    /// <exception cref="ExiDecodeException">The length exceeds the remaining input.</exception>
    /// <exception cref="ExiEndOfStreamException">The input ended inside the length.</exception>
    public byte[] ReadBinary()
    {
        long start = _bitPosition;
        ulong length = ReadUnsigned64("Binary length exceeds 64 bits", start);
        if (_error is not null)
        {
            return [];
        }

        if (length > (ulong)(RemainingBits >> 3))
        {
            Fail(new ExiDecodeException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Binary length {length} exceeds the remaining input ({RemainingBits} bits left)"),
                start));
            return [];
        }

        if (length > (ulong)_maxBinaryLength || !Allocate((long)length))
        {
            FailLimit(start, "Binary length", length, _maxBinaryLength, "MaxBinaryLength");
            return [];
        }

        _trace?.Detail(string.Create(CultureInfo.InvariantCulture, $"binary length {length}"));
        if (length == 0)
        {
            return [];
        }

        int count = (int)length;
        byte[] result = new byte[count];
        int index = (int)(_bitPosition >> 3);
        int shift = (int)(_bitPosition & 7);
        if (shift == 0)
        {
            _source.Slice(index, count).CopyTo(result);
        }
        else
        {
            CopyUnalignedBytes(index, shift, result);
        }

        _bitPosition += (long)count * 8;
        return result;
    }

    /// <summary>
    /// Copies <paramref name="destination"/>.Length bytes that start <paramref name="shift"/> (1..7) bits into the
    /// byte at <paramref name="index"/>: eight at a time from one window, the rest byte by byte.
    /// </summary>
    private readonly void CopyUnalignedBytes(int index, int shift, Span<byte> destination)
    {
        // The last partial byte exists: the remaining input holds at least count * 8 + shift bits past index * 8.
        int count = destination.Length;
        ReadOnlySpan<byte> source = _source.Slice(index, count + 1);
        int i = 0;
        for (; i + 9 <= source.Length; i += 8)
        {
            ulong window = (BinaryPrimitives.ReadUInt64BigEndian(source.Slice(i)) << shift) | ((uint)source[i + 8] >> (8 - shift));
            BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(i), window);
        }

        int back = 8 - shift;
        for (; i < count; i++)
        {
            destination[i] = (byte)((source[i] << shift) | (source[i + 1] >> back));
        }
    }

    private string ReadLocalHit(ExiStringTable table, int qnameId)
    {
        int count = table.LocalCount(qnameId);
        long position = _bitPosition;
        uint id = Take(ExiBits.CodeWidth(count));
        if (id >= (uint)count)
        {
            Fail(new ExiDecodeException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Local string-table hit {id} is out of range: qname {qnameId} has {count} local values"),
                position));
            return string.Empty;
        }

        return table.GetLocal(qnameId, (int)id);
    }

    private string ReadGlobalHit(ExiStringTable table)
    {
        int count = table.GlobalCount;
        long position = _bitPosition;
        uint id = Take(ExiBits.CodeWidth(count));
        if (id >= (uint)count)
        {
            Fail(new ExiDecodeException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Global string-table hit {id} is out of range: the table has {count} global values"),
                position));
            return string.Empty;
        }

        return table.GetGlobal((int)id);
    }

    private string ReadCodePoints(int count)
    {
        if (count == 0)
        {
            return string.Empty;
        }

        // The usual string is ASCII: every character one 8-bit group. The caller has checked that count * 8 bits are
        // left, so such a string is read straight into its final instance.
        int ascii = CountAsciiCharacters(count);
        if (ascii == count)
        {
            string text = string.Create(count, this, static (chars, reader) => reader.CopyAsciiCharacters(chars));
            _bitPosition += (long)count * 8;
            return text;
        }

        return ReadCodePointsFrom(count, ascii);
    }

    /// <summary>
    /// The general path from the first character that is not ASCII: the <paramref name="ascii"/> characters before it
    /// are copied, then each code point is read and stored as one or two UTF-16 chars.
    /// </summary>
    private string ReadCodePointsFrom(int count, int ascii)
    {
        // A code point takes one or two UTF-16 chars; count is bounded by the remaining input.
        long maxChars = (long)count * 2;
        if (maxChars > Array.MaxLength)
        {
            Fail(new ExiDecodeException(
                string.Create(CultureInfo.InvariantCulture, $"String length {count} is too long to decode"),
                _bitPosition));
            return string.Empty;
        }

        char[]? rented = null;
        Span<char> buffer = maxChars <= StackBufferChars
            ? stackalloc char[StackBufferChars]
            : (rented = ArrayPool<char>.Shared.Rent((int)maxChars));
        try
        {
            CopyAsciiCharacters(buffer.Slice(0, ascii));
            _bitPosition += (long)ascii * 8;

            // A bad code point or the end of the input records the error and ends the loop; the result is dropped.
            int written = ascii;
            for (int i = ascii; i < count && _error is null; i++)
            {
                uint codePoint = ReadCodePoint(i);
                if (codePoint < 0x10000)
                {
                    buffer[written++] = (char)codePoint;
                }
                else
                {
                    codePoint -= 0x10000;
                    buffer[written++] = (char)(0xD800 + (codePoint >> 10));
                    buffer[written++] = (char)(0xDC00 + (codePoint & 0x3FF));
                }
            }

            return _error is null ? new string(buffer.Slice(0, written)) : string.Empty;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads one code point: an Unsigned Integer of at most three groups (21 bits).</summary>
    private uint ReadCodePoint(int characterIndex)
    {
        long start = _bitPosition;
        uint octet = Take(8);
        if (octet < 0x80)
        {
            return octet;
        }

        uint codePoint = octet & 0x7F;
        octet = Take(8);
        codePoint |= (octet & 0x7F) << 7;
        if (octet >= 0x80)
        {
            octet = Take(8);
            codePoint |= (octet & 0x7F) << 14;
            if (octet >= 0x80)
            {
                Fail(new ExiDecodeException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Character {characterIndex} of the string is encoded in more than three 7-bit groups, beyond U+10FFFF"),
                    start));
                return 0;
            }
        }

        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        {
            Fail(new ExiDecodeException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Character {characterIndex} of the string is U+{codePoint:X4}, which is not a Unicode scalar value"),
                start));
            return 0;
        }

        return codePoint;
    }

    /// <summary>Counts <paramref name="bytes"/> of string or binary payload against the options' allocation budget.</summary>
    private bool Allocate(long bytes)
    {
        _allocatedBytes += bytes;
        return _allocatedBytes <= _maxAllocatedBytes;
    }

    private void FailLimit(long start, string what, ulong length, int limit, string option)
    {
        string reason = length > (ulong)limit
            ? string.Create(CultureInfo.InvariantCulture, $"{what} {length} exceeds the limit {limit} (ExiDecodeOptions.{option})")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{what} {length} brings the decoded strings and binaries to {_allocatedBytes} bytes, beyond the limit {_maxAllocatedBytes} (ExiDecodeOptions.MaxAllocatedBytes)");
        Fail(new ExiDecodeException(reason, start));
    }
}
