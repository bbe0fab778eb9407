using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace V2G.Security.KeyTransport;

/// <summary>The key agreement step of each profile: the shared secret Z and, for the sender, the DH public key to send.</summary>
internal static class KeyAgreement
{
    /// <summary>Sender side: ephemeral (given, or fresh when empty) with the recipient's static public key.</summary>
    public static bool TryAgreeAsSender(
        KeyTransportFormat format,
        ReadOnlySpan<byte> recipientPublicKey,
        ReadOnlySpan<byte> ephemeralPrivateKey,
        [NotNullWhen(true)] out byte[]? sharedSecret,
        [NotNullWhen(true)] out byte[]? dhPublicKey,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        sharedSecret = null;
        dhPublicKey = null;
        if (format.Curve is not { } curve)
        {
            return TryX448AsSender(format, recipientPublicKey, ephemeralPrivateKey, out sharedSecret, out dhPublicKey, out error);
        }

        if (!EcKeyAgreement.TryImportPoint(format, recipientPublicKey, "the recipient public key", out ECDiffieHellman? recipient, out error))
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey, error.Message);
            return false;
        }

        using ECDiffieHellman recipientKey = recipient;
        ECDiffieHellman? ephemeral = null;
        if (ephemeralPrivateKey.IsEmpty)
        {
            ephemeral = ECDiffieHellman.Create(curve);
        }
        else if (!EcKeyAgreement.TryImportScalar(format, ephemeralPrivateKey, "the ephemeral private key", out ephemeral, out error))
        {
            return false;
        }

        using ECDiffieHellman ephemeralKey = ephemeral;
        sharedSecret = EcKeyAgreement.DeriveSharedSecret(format, ephemeral, recipient);
        dhPublicKey = EcKeyAgreement.EncodePoint(format, ephemeral);
        error = null;
        return true;
    }

    /// <summary>Receiver side with the recipient's raw private key (P-256/P-521 scalar or X448 key).</summary>
    public static bool TryAgreeAsReceiver(
        KeyTransportFormat format,
        ReadOnlySpan<byte> recipientPrivateKey,
        ReadOnlySpan<byte> dhPublicKey,
        [NotNullWhen(true)] out byte[]? sharedSecret,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        sharedSecret = null;
        if (format.Curve == null)
        {
            if (recipientPrivateKey.Length != format.PrivateKeyLength)
            {
                error = new(KeyTransportErrorKind.InvalidKeyAgreementKey,
                    $"the recipient X448 private key must be {format.PrivateKeyLength} bytes, got {recipientPrivateKey.Length}");
                return false;
            }

            byte[]? peer = X448KeyAgreement.TryParseDhPublicKey(format, dhPublicKey, out error);
            sharedSecret = peer == null ? null : X448KeyAgreement.TryDeriveSharedSecret(recipientPrivateKey, peer, out error);
            return sharedSecret != null;
        }

        if (!EcKeyAgreement.TryImportScalar(format, recipientPrivateKey, "the recipient private key", out ECDiffieHellman? recipient, out error))
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey, error.Message);
            return false;
        }

        using ECDiffieHellman recipientKey = recipient;
        return TryAgreeAsReceiver(format, recipientKey, dhPublicKey, out sharedSecret, out error);
    }

    /// <summary>Receiver side with the recipient's ECDH key (P-256/P-521 profiles; the key may be non-exportable).</summary>
    public static bool TryAgreeAsReceiver(
        KeyTransportFormat format,
        ECDiffieHellman recipient,
        ReadOnlySpan<byte> dhPublicKey,
        [NotNullWhen(true)] out byte[]? sharedSecret,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        sharedSecret = null;
        int expectedBits = format.Profile == KeyTransportProfile.Iso2 ? 256 : 521;
        if (format.Curve == null || recipient.KeySize != expectedBits)
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey,
                $"{format.Profile} needs a recipient EC key of {expectedBits} bits, got {recipient.KeySize} bits");
            return false;
        }

        if (!EcKeyAgreement.TryImportPoint(format, dhPublicKey, "the DH public key", out ECDiffieHellman? peer, out error))
        {
            return false;
        }

        using ECDiffieHellman peerKey = peer;
        try
        {
            sharedSecret = EcKeyAgreement.DeriveSharedSecret(format, recipient, peerKey);
            return true;
        }
        catch (CryptographicException e)
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey, "the recipient key cannot perform ECDH: " + e.Message);
            return false;
        }
    }

    private static bool TryX448AsSender(
        KeyTransportFormat format,
        ReadOnlySpan<byte> recipientPublicKey,
        ReadOnlySpan<byte> ephemeralPrivateKey,
        out byte[]? sharedSecret,
        out byte[]? dhPublicKey,
        out KeyTransportError? error)
    {
        sharedSecret = null;
        dhPublicKey = null;
        if (recipientPublicKey.Length != format.PrivateKeyLength)
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey,
                $"the recipient X448 public key must be {format.PrivateKeyLength} raw bytes (u), got {recipientPublicKey.Length}");
            return false;
        }

        if (!ephemeralPrivateKey.IsEmpty && ephemeralPrivateKey.Length != format.PrivateKeyLength)
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey,
                $"the ephemeral X448 private key must be {format.PrivateKeyLength} bytes, got {ephemeralPrivateKey.Length}");
            return false;
        }

        byte[] ephemeral = ephemeralPrivateKey.IsEmpty ? RandomNumberGenerator.GetBytes(format.PrivateKeyLength) : ephemeralPrivateKey.ToArray();
        try
        {
            sharedSecret = X448KeyAgreement.TryDeriveSharedSecret(ephemeral, recipientPublicKey, out error);
            if (sharedSecret == null)
            {
                error = new(KeyTransportErrorKind.InvalidKeyAgreementKey, "the recipient " + error!.Message["the ".Length..]);
                return false;
            }

            dhPublicKey = new byte[format.DhPublicKeyLength];
            dhPublicKey[0] = 0x04;
            X448KeyAgreement.PublicKeyOf(ephemeral).CopyTo(dhPublicKey, 1);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(ephemeral);
        }
    }
}
