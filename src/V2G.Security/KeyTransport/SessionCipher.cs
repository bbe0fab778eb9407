using System;
using System.Security.Cryptography;

namespace V2G.Security.KeyTransport;

/// <summary>The symmetric layer: AES-128-CBC without padding (ISO 15118-2) or AES-256-GCM with AAD (ISO 15118-20).</summary>
internal static class SessionCipher
{
    /// <summary>IV || CT (CBC) or IV || CT || tag (GCM).</summary>
    public static byte[] Encrypt(KeyTransportFormat format, ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> plaintext,
        ReadOnlySpan<byte> aad)
    {
        byte[] field = new byte[format.EncryptedLength];
        iv.CopyTo(field);
        Span<byte> ciphertext = field.AsSpan(format.IvLength, format.PrivateKeyLength);
        if (format.UsesGcm)
        {
            using var gcm = new AesGcm(key, format.TagLength);
            gcm.Encrypt(iv, plaintext, ciphertext, field.AsSpan(format.IvLength + format.PrivateKeyLength), aad);
        }
        else
        {
            using Aes aes = CreateAes(key);
            aes.EncryptCbc(plaintext, iv, ciphertext, PaddingMode.None);
        }

        return field;
    }

    /// <summary>Decrypts <paramref name="field"/> (length already checked) into <paramref name="plaintext"/>; null on success.</summary>
    public static KeyTransportError? Decrypt(KeyTransportFormat format, ReadOnlySpan<byte> key, ReadOnlySpan<byte> field,
        ReadOnlySpan<byte> aad, Span<byte> plaintext)
    {
        ReadOnlySpan<byte> iv = field[..format.IvLength];
        ReadOnlySpan<byte> ciphertext = field.Slice(format.IvLength, format.PrivateKeyLength);
        if (!format.UsesGcm)
        {
            using Aes aes = CreateAes(key);
            aes.DecryptCbc(ciphertext, iv, plaintext, PaddingMode.None);
            return null;
        }

        try
        {
            using var gcm = new AesGcm(key, format.TagLength);
            gcm.Decrypt(iv, ciphertext, field[(format.IvLength + format.PrivateKeyLength)..], plaintext, aad);
            return null;
        }
        catch (AuthenticationTagMismatchException)
        {
            // AesGcm already zeroed the output; the tag covers IV, ciphertext and AAD alike.
            return new(KeyTransportErrorKind.TagMismatch,
                "AES-GCM tag mismatch ([V2G20-2504]): the encrypted private key, its IV or tag was altered, " +
                "or the AAD (PCID || contract certificate SKI) differs from the sender's");
        }
    }

    private static Aes CreateAes(ReadOnlySpan<byte> key)
    {
        Aes aes = Aes.Create();
        aes.SetKey(key);
        return aes;
    }
}
