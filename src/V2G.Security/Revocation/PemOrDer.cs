using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace V2G.Security.Revocation;

/// <summary>Parses a revocation document from DER or PEM bytes (the shape of the documents' public TryParse methods).</summary>
internal delegate bool DocumentParser<T>(ReadOnlySpan<byte> data, [NotNullWhen(true)] out T? document, [NotNullWhen(false)] out string? error)
    where T : class;

/// <summary>Accepts DER bytes or one PEM block with the expected label.</summary>
internal static class PemOrDer
{
    /// <summary>Reads a file and parses it; every failure (unreadable file, bad content) is an error naming the path.</summary>
    public static bool TryLoadFile<T>(
        string path, DocumentParser<T> parse, [NotNullWhen(true)] out T? document, [NotNullWhen(false)] out string? error)
        where T : class
    {
        document = null;
        try
        {
            byte[] data = File.ReadAllBytes(path);
            if (parse(data, out document, out error))
            {
                return true;
            }

            error = $"{path}: {error}";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error = $"{path}: cannot be read: {e.Message}";
            return false;
        }
    }

    /// <summary>The DER bytes: <paramref name="data"/> itself, or the body of its first PEM block labelled <paramref name="label"/>.</summary>
    public static bool TryGetDer(ReadOnlySpan<byte> data, string label, out byte[] der, out string? error)
    {
        der = Array.Empty<byte>();
        error = null;
        if (data.IsEmpty)
        {
            error = "the input is empty";
            return false;
        }

        if (data[0] == 0x30)
        {
            der = data.ToArray();
            return true;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            error = "the input is neither DER (a SEQUENCE) nor PEM text";
            return false;
        }

        ReadOnlySpan<char> rest = text;
        while (PemEncoding.TryFind(rest, out PemFields fields))
        {
            if (rest[fields.Label].SequenceEqual(label))
            {
                der = Convert.FromBase64String(rest[fields.Base64Data].ToString());
                return true;
            }

            rest = rest[fields.Location.End..];
        }

        error = $"the input is neither DER nor PEM with a '{label}' block";
        return false;
    }
}
