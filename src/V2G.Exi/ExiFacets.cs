using System;

namespace V2G.Exi;

/// <summary>Length facet checks shared by generated encoders and decoders (XML Schema Part 2 §4.3.1-4.3.3).</summary>
public static class ExiFacets
{
    /// <summary>Checks a string's length in Unicode code points (surrogate pairs count once), without allocating.</summary>
    /// <typeparam name="TException">ExiEncodeException when encoding, ExiDecodeException when decoding, ExiXmlException when reading XML.</typeparam>
    /// <param name="value">The string.</param>
    /// <param name="minLength">The least allowed length.</param>
    /// <param name="maxLength">The greatest allowed length.</param>
    /// <param name="bitOffset">Where the value is in the stream (ignored for XML).</param>
    public static void CheckStringLength<TException>(string value, int minLength, int maxLength, long bitOffset)
        where TException : ExiException
    {
        ArgumentNullException.ThrowIfNull(value);
        int length = CodePointCount(value);
        if (length < minLength || length > maxLength)
        {
            throw Create<TException>("String of " + length + " characters breaks the length facet (" + Describe(minLength, maxLength) + ")", bitOffset);
        }
    }

    /// <summary>Checks a binary value's length in bytes.</summary>
    /// <typeparam name="TException">ExiEncodeException when encoding, ExiDecodeException when decoding, ExiXmlException when reading XML.</typeparam>
    /// <param name="length">The number of bytes.</param>
    /// <param name="minLength">The least allowed length.</param>
    /// <param name="maxLength">The greatest allowed length.</param>
    /// <param name="bitOffset">Where the value is in the stream (ignored for XML).</param>
    public static void CheckBinaryLength<TException>(int length, int minLength, int maxLength, long bitOffset)
        where TException : ExiException
    {
        if (length < minLength || length > maxLength)
        {
            throw Create<TException>("Binary value of " + length + " bytes breaks the length facet (" + Describe(minLength, maxLength) + ")", bitOffset);
        }
    }

    /// <summary>The length facet a length breaks, or null when it keeps them all.</summary>
    /// <param name="length">The length (code points for strings, bytes for binaries).</param>
    /// <param name="minLength">The least allowed length.</param>
    /// <param name="maxLength">The greatest allowed length.</param>
    /// <returns>The facet and its bound in the schema's words (<c>length 16</c>, <c>minLength 14</c>, <c>maxLength 15</c>), or null.</returns>
    public static string? LengthViolation(int length, int minLength, int maxLength) =>
        length >= minLength && length <= maxLength ? null
        : minLength == maxLength ? "length " + minLength
        : length < minLength ? "minLength " + minLength
        : "maxLength " + maxLength;

    /// <summary>The length facet a string breaks (counted in code points), or null; a null string breaks none.</summary>
    /// <param name="value">The string.</param>
    /// <param name="minLength">The least allowed length.</param>
    /// <param name="maxLength">The greatest allowed length.</param>
    /// <returns>The facet and its bound, or null.</returns>
    public static string? StringLengthViolation(string? value, int minLength, int maxLength) =>
        value is null ? null : LengthViolation(CodePointCount(value), minLength, maxLength);

    /// <summary>The length facet a binary value breaks, or null; a null value breaks none.</summary>
    /// <param name="value">The bytes.</param>
    /// <param name="minLength">The least allowed length.</param>
    /// <param name="maxLength">The greatest allowed length.</param>
    /// <returns>The facet and its bound, or null.</returns>
    public static string? BinaryLengthViolation(byte[]? value, int minLength, int maxLength) =>
        value is null ? null : LengthViolation(value.Length, minLength, maxLength);

    /// <summary>A value as a report quotes it: in quotes, cut after 40 characters with its full length.</summary>
    /// <param name="text">The value's XML lexical form.</param>
    /// <returns>The quoted excerpt.</returns>
    public static string Quote(string? text)
    {
        const int Shown = 40;
        if (text is null)
        {
            return "null";
        }

        return text.Length <= Shown
            ? "'" + text + "'"
            : "'" + text.Substring(0, Shown) + "...' (" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)";
    }

    /// <summary>Counts Unicode code points: a surrogate pair is one code point.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The number of code points.</returns>
    public static int CodePointCount(ReadOnlySpan<char> value)
    {
        int count = value.Length;
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    private static string Describe(int minLength, int maxLength) =>
        minLength == maxLength ? "exactly " + minLength
        : maxLength == int.MaxValue ? "at least " + minLength
        : minLength == 0 ? "at most " + maxLength
        : minLength + " to " + maxLength;

    private static ExiException Create<TException>(string reason, long bitOffset)
        where TException : ExiException =>
        typeof(TException) == typeof(ExiDecodeException) ? new ExiDecodeException(reason, bitOffset)
        : typeof(TException) == typeof(ExiXmlException) ? new ExiXmlException(reason)
        : new ExiEncodeException(reason, bitOffset);
}
