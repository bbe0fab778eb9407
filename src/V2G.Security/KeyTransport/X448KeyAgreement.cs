using System;
using System.Security.Cryptography;
using Org.BouncyCastle.Math.EC.Rfc7748;

namespace V2G.Security.KeyTransport;

/// <summary>X448 (RFC 7748) through BouncyCastle, since the BCL has none; DHPublicKey = 0x04 || u (57 bytes).</summary>
internal static class X448KeyAgreement
{
    /// <summary>The u-coordinate inside a 57-byte DHPublicKey, or null with the reason.</summary>
    public static byte[]? TryParseDhPublicKey(KeyTransportFormat format, ReadOnlySpan<byte> encoded, out KeyTransportError? error)
    {
        if (encoded.Length != format.DhPublicKeyLength || encoded[0] != 0x04)
        {
            string got = encoded.IsEmpty ? "0 bytes" : $"{encoded.Length} bytes starting with 0x{encoded[0]:X2}";
            error = new(KeyTransportErrorKind.InvalidDhPublicKey,
                $"the X448 DHPublicKey must be 0x04 || u ({format.DhPublicKeyLength} bytes, [V2G20-2489]), got {got}");
            return null;
        }

        error = null;
        return encoded[1..].ToArray();
    }

    /// <summary>Z = X448(k, u), or null when the peer's u is a low-order point (all-zero result, RFC 7748 section 6.2).</summary>
    public static byte[]? TryDeriveSharedSecret(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> peerU, out KeyTransportError? error)
    {
        byte[] k = privateKey.ToArray();
        byte[] u = peerU.ToArray();
        byte[] z = new byte[X448.PointSize];
        try
        {
            if (!X448.CalculateAgreement(k, 0, u, 0, z, 0))
            {
                CryptographicOperations.ZeroMemory(z);
                error = new(KeyTransportErrorKind.InvalidDhPublicKey, "the X448 public key is a low-order point (the shared secret is all zero)");
                return null;
            }

            error = null;
            return z;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(k);
        }
    }

    /// <summary>The public u-coordinate of an X448 private key.</summary>
    public static byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey)
    {
        byte[] k = privateKey.ToArray();
        byte[] u = new byte[X448.PointSize];
        try
        {
            X448.ScalarMultBase(k, 0, u, 0);
            return u;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(k);
        }
    }
}
