using System;
using System.Security.Cryptography;
using System.Text;

namespace V2G.Security.Revocation;

/// <summary>Accepts DER bytes or one PEM block with the expected label.</summary>
internal static class PemOrDer
{
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
