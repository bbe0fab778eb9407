using System;
using System.Security.Cryptography;
using V2G.Security.KeyTransport;
using Xunit;

namespace V2G.Security.Tests.KeyTransport;

/// <summary>A freshly generated key pair in the raw form key transport takes.</summary>
public sealed record RawKeyPair(byte[] PrivateKey, byte[] PublicKey);

/// <summary>Fresh keys per profile, and a sender that skips the contract key checks (to build refused plaintexts).</summary>
internal static class KeyTransportTestKeys
{
    public static RawKeyPair Generate(KeyTransportProfile profile)
    {
        KeyTransportFormat format = KeyTransportFormat.Of(profile)!;
        if (format.Curve is not { } curve)
        {
            byte[] k = RandomNumberGenerator.GetBytes(56);
            return new(k, X448KeyAgreement.PublicKeyOf(k));
        }

        using var key = ECDiffieHellman.Create(curve);
        return new(key.ExportParameters(includePrivateParameters: true).D!, EcKeyAgreement.EncodePoint(format, key));
    }

    /// <summary>Encrypts any plaintext of the right length, as a faulty or malicious sender could.</summary>
    public static (byte[] DhPublicKey, byte[] Field) SealUnchecked(KeyTransportProfile profile, byte[] recipientPublicKey,
        byte[] plaintext, byte[] aad)
    {
        KeyTransportFormat format = KeyTransportFormat.Of(profile)!;
        Assert.True(KeyAgreement.TryAgreeAsSender(format, recipientPublicKey, [], out byte[]? z, out byte[]? dh, out KeyTransportError? error),
            error?.ToString());
        byte[] sessionKey = new byte[format.SessionKeyLength];
        ConcatKdf.DeriveKey(format.KdfHash, z, ConcatKdf.Iso15118OtherInfo, sessionKey);
        return (dh, SessionCipher.Encrypt(format, sessionKey, RandomNumberGenerator.GetBytes(format.IvLength), plaintext, aad));
    }

    /// <summary>The AAD a profile needs (a fixed PCID and SKI for ISO 15118-20, none for ISO 15118-2).</summary>
    public static byte[] Aad(KeyTransportProfile profile) =>
        profile == KeyTransportProfile.Iso2 ? [] : System.Text.Encoding.ASCII.GetBytes("WMIV1234567890ABCD0123456789ABCDEF");

    public static byte[] OrderBytes(KeyTransportProfile profile)
    {
        KeyTransportFormat format = KeyTransportFormat.Of(profile)!;
        byte[] n = format.Order.ToByteArray(isUnsigned: true, isBigEndian: true);
        byte[] padded = new byte[format.PrivateKeyLength];
        n.CopyTo(padded, padded.Length - n.Length);
        return padded;
    }
}
