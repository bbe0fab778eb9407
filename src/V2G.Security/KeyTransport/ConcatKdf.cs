using System;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace V2G.Security.KeyTransport;

/// <summary>
/// The single-step key derivation of NIST SP 800-56A (ConcatKDF): K = H(counter || Z || OtherInfo) for counter = 1, 2, ...,
/// truncated to the requested length. ISO 15118 uses OtherInfo = AlgorithmID 01 || PartyUInfo 'U' || PartyVInfo 'V'.
/// </summary>
internal static class ConcatKdf
{
    /// <summary>The OtherInfo of ISO 15118-2 [V2G2-818] and ISO 15118-20 [V2G20-2535]: 01 55 56.</summary>
    public static ReadOnlySpan<byte> Iso15118OtherInfo => [0x01, 0x55, 0x56];

    /// <summary>Fills <paramref name="output"/> with key material derived from <paramref name="sharedSecret"/>.</summary>
    /// <param name="hash">SHA-256 or SHA-512.</param>
    /// <param name="sharedSecret">Z.</param>
    /// <param name="otherInfo">OtherInfo, appended after Z.</param>
    /// <param name="output">Receives keydatalen/8 bytes.</param>
    public static void DeriveKey(HashAlgorithmName hash, ReadOnlySpan<byte> sharedSecret, ReadOnlySpan<byte> otherInfo, Span<byte> output)
    {
        int hashLength = HashLength(hash);
        byte[] input = new byte[4 + sharedSecret.Length + otherInfo.Length];
        Span<byte> block = stackalloc byte[hashLength];
        try
        {
            sharedSecret.CopyTo(input.AsSpan(4));
            otherInfo.CopyTo(input.AsSpan(4 + sharedSecret.Length));
            uint counter = 1;
            for (int offset = 0; offset < output.Length; offset += hashLength, counter++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(input, counter);
                CryptographicOperations.HashData(hash, input, block);
                int take = Math.Min(hashLength, output.Length - offset);
                block[..take].CopyTo(output[offset..]);
            }
        }
        finally
        {
            // The hash input holds Z and the last block holds key material.
            CryptographicOperations.ZeroMemory(input);
            CryptographicOperations.ZeroMemory(block);
        }
    }

    private static int HashLength(HashAlgorithmName hash)
    {
        if (hash == HashAlgorithmName.SHA256)
        {
            return 32;
        }

        if (hash == HashAlgorithmName.SHA512)
        {
            return 64;
        }

        throw new ArgumentException("ConcatKDF is used here with SHA-256 or SHA-512 only, not " + hash.Name, nameof(hash));
    }
}
