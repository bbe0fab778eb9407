using System;
using System.Text;

namespace V2G.Cli.Io;

/// <summary>Hex text to bytes and back.</summary>
internal static class HexText
{
    /// <summary>Parses hex digits; whitespace anywhere and a leading <c>0x</c> are ignored, either case is accepted.</summary>
    /// <param name="text">The hex text.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="InputException">A character is not a hex digit, the digit count is odd, or there are no digits.</exception>
    public static byte[] Parse(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                digits.Append(c);
            }
        }

        if (digits.Length >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        {
            digits.Remove(0, 2);
        }

        for (int i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiHexDigit(digits[i]))
            {
                throw new InputException($"not valid hex: '{digits[i]}' at digit {i + 1}");
            }
        }

        if (digits.Length == 0)
        {
            throw new InputException("no hex digits");
        }

        if (digits.Length % 2 != 0)
        {
            throw new InputException($"not valid hex: odd number of digits ({digits.Length})");
        }

        return Convert.FromHexString(digits.ToString());
    }

    /// <summary>Formats bytes as uppercase hex without separators.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The hex text.</returns>
    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
