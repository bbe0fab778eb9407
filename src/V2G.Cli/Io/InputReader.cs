using System;
using System.IO;
using System.Text;

namespace V2G.Cli.Io;

/// <summary>Reads the content of an input as bytes (EXI) or as text (XML).</summary>
internal static class InputReader
{
    /// <summary>Reads an input as bytes: the file, all of stdin, or the parsed hex text.</summary>
    /// <param name="input">The input.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="InputException">The input cannot be read or the hex is invalid.</exception>
    public static byte[] ReadBytes(InputSource input, Stream stdin)
    {
        return input.Kind switch
        {
            InputKind.Hex => HexText.Parse(input.Text),
            InputKind.Refused => throw new InputException(input.Problem!),
            InputKind.Stdin => Guard(() =>
            {
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                return buffer.ToArray();
            }),
            _ => Guard(() => File.ReadAllBytes(input.Text)),
        };
    }

    /// <summary>Reads an input as text (UTF-8 unless a byte-order mark says otherwise).</summary>
    /// <param name="input">The input: a file or stdin.</param>
    /// <param name="stdin">Standard input.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InputException">The input cannot be read.</exception>
    public static string ReadText(InputSource input, Stream stdin)
    {
        return input.Kind switch
        {
            InputKind.Stdin => Guard(() =>
            {
                using var reader = new StreamReader(stdin, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
                return reader.ReadToEnd();
            }),
            InputKind.File => Guard(() => File.ReadAllText(input.Text)),
            InputKind.Refused => throw new InputException(input.Problem!),
            _ => throw new InputException("hex input is not XML text"),
        };
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("cannot read input: " + e.Message, e);
        }
    }
}
