using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace V2G.Security.Ocpp;

/// <summary>
/// Hex and base64 as OCPP carries them. Writing: upper-case hex, standard base64 with padding and no line breaks.
/// Reading accepts what stacks send: hex in either case; base64 with or without padding, with line breaks or spaces.
/// </summary>
public static class OcppEncoding
{
    /// <summary>Upper-case hex of <paramref name="bytes"/>.</summary>
    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>Standard base64 with padding, on one line.</summary>
    public static string ToBase64(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes);

    /// <summary>Decodes hex digits of either case (an even number of them).</summary>
    /// <param name="text">The hex text.</param>
    /// <param name="bytes">The bytes.</param>
    /// <param name="error">What is wrong with the text.</param>
    /// <returns>True if the text is hex.</returns>
    public static bool TryFromHex(string? text, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? error)
    {
        bytes = null;
        error = HexProblem(text);
        if (error is null && text!.Length % 2 != 0)
        {
            error = $"an odd number ({text.Length}) of hex digits";
        }

        if (error != null)
        {
            return false;
        }

        bytes = Convert.FromHexString(text!);
        return true;
    }

    /// <summary>Decodes base64, ignoring white space and line breaks and accepting missing padding.</summary>
    /// <param name="text">The base64 text.</param>
    /// <param name="bytes">The bytes.</param>
    /// <param name="error">What is wrong with the text.</param>
    /// <returns>True if the text is base64.</returns>
    public static bool TryFromBase64(string? text, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? error)
    {
        bytes = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "the text is empty";
            return false;
        }

        string compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        int bad = compact.TrimEnd('=').IndexOfAny(['=', '-', '_']);
        if (bad < 0)
        {
            bad = Array.FindIndex(compact.ToCharArray(), c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='));
        }

        if (bad >= 0)
        {
            error = $"'{compact[bad]}' at {bad} (after removing white space) is not a base64 character";
            return false;
        }

        string unpadded = compact.TrimEnd('=');
        if (unpadded.Length % 4 == 1)
        {
            error = $"{unpadded.Length} base64 characters cannot encode whole bytes";
            return false;
        }

        string padded = unpadded + new string('=', (4 - (unpadded.Length % 4)) % 4);
        try
        {
            bytes = Convert.FromBase64String(padded);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Why the text is not hex digits (either case), or null.</summary>
    internal static string? HexProblem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "the text is empty";
        }

        int bad = text.AsSpan().IndexOfAnyExcept("0123456789abcdefABCDEF");
        return bad < 0 ? null : $"'{text[bad]}' at {bad} is not a hex digit";
    }
}
