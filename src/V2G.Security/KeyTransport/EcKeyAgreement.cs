using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Security.Cryptography;

namespace V2G.Security.KeyTransport;

/// <summary>ECDH on the NIST curves (BCL), point encoding and the receiver's scalar checks.</summary>
internal static class EcKeyAgreement
{
    /// <summary>Imports an uncompressed point 04 || X || Y as a public key after checking its encoding and curve membership.</summary>
    public static bool TryImportPoint(
        KeyTransportFormat format,
        ReadOnlySpan<byte> encoded,
        string what,
        [NotNullWhen(true)] out ECDiffieHellman? key,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        key = null;
        int coordinate = format.PrivateKeyLength;
        if (encoded.Length != format.DhPublicKeyLength || encoded[0] != 0x04)
        {
            error = new(KeyTransportErrorKind.InvalidDhPublicKey,
                $"{what} must be 04 || X || Y ({format.DhPublicKeyLength} bytes) for {format.Profile}, got {Describe(encoded)}");
            return false;
        }

        var parameters = new ECParameters
        {
            Curve = format.Curve!.Value,
            Q = new ECPoint { X = encoded.Slice(1, coordinate).ToArray(), Y = encoded.Slice(1 + coordinate, coordinate).ToArray() },
        };
        try
        {
            // The import validates the point (on the curve, coordinates below p); a bad point throws.
            key = ECDiffieHellman.Create(parameters);
            error = null;
            return true;
        }
        catch (CryptographicException e)
        {
            error = new(KeyTransportErrorKind.InvalidDhPublicKey, $"{what} is not a point of {format.Profile}'s curve: {e.Message}");
            return false;
        }
    }

    /// <summary>Imports a private scalar (checked by <see cref="CheckScalar"/> first) as an ECDH key.</summary>
    public static bool TryImportScalar(
        KeyTransportFormat format,
        ReadOnlySpan<byte> scalar,
        string what,
        [NotNullWhen(true)] out ECDiffieHellman? key,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        key = null;
        error = CheckScalar(format, scalar, what, KeyTransportErrorKind.InvalidKeyAgreementKey);
        if (error != null)
        {
            return false;
        }

        byte[] d = scalar.ToArray();
        try
        {
            key = ECDiffieHellman.Create(new ECParameters { Curve = format.Curve!.Value, D = d });
            return true;
        }
        catch (CryptographicException e)
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey, $"{what} is not usable on {format.Profile}'s curve: {e.Message}");
            return false;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    /// <summary>Checks 0 &lt; d &lt; n for a big-endian scalar of the profile's length; null when in range.</summary>
    public static KeyTransportError? CheckScalar(KeyTransportFormat format, ReadOnlySpan<byte> scalar, string what, KeyTransportErrorKind lengthKind)
    {
        if (scalar.Length != format.PrivateKeyLength)
        {
            return new(lengthKind, $"{what} must be {format.PrivateKeyLength} bytes for {format.Profile}, got {scalar.Length}");
        }

        var d = new BigInteger(scalar, isUnsigned: true, isBigEndian: true);
        if (d.IsZero || d >= format.Order)
        {
            return new(KeyTransportErrorKind.ScalarOutOfRange,
                $"{what} must satisfy 0 < d < n of {format.Profile}'s curve ({(d.IsZero ? "d is zero" : "d >= n")})");
        }

        return null;
    }

    /// <summary>Z: the x-coordinate of own · peer, left-padded to the field size.</summary>
    public static byte[] DeriveSharedSecret(KeyTransportFormat format, ECDiffieHellman own, ECDiffieHellman peer)
    {
        using ECDiffieHellmanPublicKey peerPublic = peer.PublicKey;
        byte[] raw = own.DeriveRawSecretAgreement(peerPublic);
        if (raw.Length == format.PrivateKeyLength)
        {
            return raw;
        }

        byte[] padded = new byte[format.PrivateKeyLength];
        raw.CopyTo(padded.AsSpan(padded.Length - raw.Length));
        CryptographicOperations.ZeroMemory(raw);
        return padded;
    }

    /// <summary>04 || X || Y of a key, coordinates padded to the field size.</summary>
    public static byte[] EncodePoint(KeyTransportFormat format, ECAlgorithm key)
    {
        ECParameters parameters = key.ExportParameters(includePrivateParameters: false);
        int coordinate = format.PrivateKeyLength;
        byte[] encoded = new byte[1 + (2 * coordinate)];
        encoded[0] = 0x04;
        parameters.Q.X!.CopyTo(encoded.AsSpan(1 + coordinate - parameters.Q.X!.Length));
        parameters.Q.Y!.CopyTo(encoded.AsSpan(1 + (2 * coordinate) - parameters.Q.Y!.Length));
        return encoded;
    }

    /// <summary>d · G as 04 || X || Y (the BCL computes Q when only D is imported).</summary>
    public static byte[] PublicPointOf(KeyTransportFormat format, ReadOnlySpan<byte> scalar)
    {
        using ECDsa key = CreateEcdsaFromScalar(format.Curve!.Value, scalar);
        return EncodePoint(format, key);
    }

    /// <summary>An ECDSA key from a private scalar.</summary>
    public static ECDsa CreateEcdsaFromScalar(ECCurve curve, ReadOnlySpan<byte> scalar)
    {
        byte[] d = scalar.ToArray();
        try
        {
            return ECDsa.Create(new ECParameters { Curve = curve, D = d });
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    private static string Describe(ReadOnlySpan<byte> encoded) =>
        encoded.IsEmpty ? "0 bytes" : $"{encoded.Length} bytes starting with 0x{encoded[0]:X2}";
}
