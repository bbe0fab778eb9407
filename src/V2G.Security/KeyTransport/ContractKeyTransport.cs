using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.KeyTransport;

/// <summary>
/// Contract private key transport of ISO 15118-2 ([V2G2-818]..) and ISO 15118-20 ([V2G20-2489], [V2G20-2492]..[V2G20-2535]):
/// the back end encrypts the contract key for the vehicle's static key (OEM provisioning key, or the current contract key for
/// CertificateUpdate); the vehicle decrypts it and checks it before use.
/// </summary>
public static class ContractKeyTransport
{
    /// <summary>Encrypts a contract private key with a fresh ephemeral key and IV (the back end's side).</summary>
    /// <param name="profile">The transport scheme.</param>
    /// <param name="recipientPublicKey">04 || X || Y (EC profiles) or the 56-byte X448 u-coordinate.</param>
    /// <param name="contractPrivateKey">The contract key: 32-byte / 66-byte big-endian scalar, or the 56-byte X448 key.</param>
    /// <param name="associatedData">ISO 15118-20: PCID || SKI hex (see <see cref="KeyTransportAad"/>); ISO 15118-2: empty.</param>
    /// <param name="result">The DH public key and encrypted private key on success.</param>
    /// <param name="error">Why nothing was encrypted.</param>
    /// <returns>True on success.</returns>
    public static bool TryEncrypt(
        KeyTransportProfile profile,
        ReadOnlySpan<byte> recipientPublicKey,
        ReadOnlySpan<byte> contractPrivateKey,
        ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out EncryptedContractKey? result,
        [NotNullWhen(false)] out KeyTransportError? error) =>
        TryEncrypt(profile, recipientPublicKey, contractPrivateKey, associatedData, [], [], out result, out error);

    /// <summary>Encrypts with a given ephemeral private key and IV (reproducible output, e.g. for test vectors).</summary>
    /// <param name="profile">The transport scheme.</param>
    /// <param name="recipientPublicKey">04 || X || Y (EC profiles) or the 56-byte X448 u-coordinate.</param>
    /// <param name="contractPrivateKey">The contract key: 32-byte / 66-byte big-endian scalar, or the 56-byte X448 key.</param>
    /// <param name="associatedData">ISO 15118-20: PCID || SKI hex; ISO 15118-2: empty.</param>
    /// <param name="ephemeralPrivateKey">The ephemeral scalar (32 / 66 bytes) or X448 key (56 bytes); empty = fresh.</param>
    /// <param name="iv">16 bytes (CBC) or 12 bytes (GCM); empty = fresh. Never reuse an IV with the same key.</param>
    /// <param name="result">The DH public key and encrypted private key on success.</param>
    /// <param name="error">Why nothing was encrypted.</param>
    /// <returns>True on success.</returns>
    public static bool TryEncrypt(
        KeyTransportProfile profile,
        ReadOnlySpan<byte> recipientPublicKey,
        ReadOnlySpan<byte> contractPrivateKey,
        ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> ephemeralPrivateKey,
        ReadOnlySpan<byte> iv,
        [NotNullWhen(true)] out EncryptedContractKey? result,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        result = null;
        if (!TryCheckInputs(profile, associatedData, out KeyTransportFormat? format, out error))
        {
            return false;
        }

        if (!iv.IsEmpty && iv.Length != format.IvLength)
        {
            error = new(KeyTransportErrorKind.WrongLength, $"the IV must be {format.IvLength} bytes for {profile}, got {iv.Length}");
            return false;
        }

        error = ContractKeyChecks.Check(format, contractPrivateKey, []);
        if (error != null
            || !KeyAgreement.TryAgreeAsSender(format, recipientPublicKey, ephemeralPrivateKey, out byte[]? z, out byte[]? dh, out error))
        {
            return false;
        }

        byte[] sessionKey = new byte[format.SessionKeyLength];
        try
        {
            ConcatKdf.DeriveKey(format.KdfHash, z, ConcatKdf.Iso15118OtherInfo, sessionKey);
            byte[] freshIv = iv.IsEmpty ? RandomNumberGenerator.GetBytes(format.IvLength) : iv.ToArray();
            result = new(profile, dh, SessionCipher.Encrypt(format, sessionKey, freshIv, contractPrivateKey, associatedData));
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(z);
            CryptographicOperations.ZeroMemory(sessionKey);
        }
    }

    /// <summary>Encrypts for the public key of a recipient certificate (OEM provisioning or current contract certificate; EC profiles).</summary>
    /// <param name="profile"><see cref="KeyTransportProfile.Iso2"/> or <see cref="KeyTransportProfile.Iso20Secp521"/>.</param>
    /// <param name="recipientCertificate">The certificate whose EC key receives the contract key.</param>
    /// <param name="contractPrivateKey">The contract key scalar, big-endian.</param>
    /// <param name="associatedData">ISO 15118-20: PCID || SKI hex; ISO 15118-2: empty.</param>
    /// <param name="result">The DH public key and encrypted private key on success.</param>
    /// <param name="error">Why nothing was encrypted (e.g. the certificate's key is on another curve).</param>
    /// <returns>True on success.</returns>
    public static bool TryEncrypt(
        KeyTransportProfile profile,
        X509Certificate2 recipientCertificate,
        ReadOnlySpan<byte> contractPrivateKey,
        ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out EncryptedContractKey? result,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        result = null;
        if (!TryGetCertificatePublicKey(profile, recipientCertificate, out byte[]? recipientKey, out error))
        {
            error = new(KeyTransportErrorKind.InvalidKeyAgreementKey, error.Message);
            return false;
        }

        return TryEncrypt(profile, recipientKey, contractPrivateKey, associatedData, out result, out error);
    }

    /// <summary>Like <see cref="TryEncrypt(KeyTransportProfile, ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte},
    /// out EncryptedContractKey?, out KeyTransportError?)"/>, throwing on failure.</summary>
    /// <param name="profile">The transport scheme.</param>
    /// <param name="recipientPublicKey">04 || X || Y (EC profiles) or the 56-byte X448 u-coordinate.</param>
    /// <param name="contractPrivateKey">The contract key.</param>
    /// <param name="associatedData">ISO 15118-20: PCID || SKI hex; ISO 15118-2: empty.</param>
    /// <returns>The fields to send.</returns>
    /// <exception cref="KeyTransportException">With the typed reason when an input is unusable.</exception>
    public static EncryptedContractKey Encrypt(
        KeyTransportProfile profile, ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> contractPrivateKey,
            ReadOnlySpan<byte> associatedData) =>
        TryEncrypt(profile, recipientPublicKey, contractPrivateKey, associatedData, out EncryptedContractKey? result, out KeyTransportError? error)
            ? result
            : throw new KeyTransportException(error);

    /// <summary>Decrypts and checks a received contract key with the recipient's raw private key (the vehicle's side).</summary>
    /// <param name="profile">The transport scheme.</param>
    /// <param name="recipientPrivateKey">The static private key: 32 / 66-byte big-endian scalar or the 56-byte X448 key.</param>
    /// <param name="dhPublicKey">The received DHpublickey / DHPublicKey.</param>
    /// <param name="encryptedPrivateKey">The received encrypted private key field.</param>
    /// <param name="associatedData">ISO 15118-20: PCID || SKI hex; ISO 15118-2: empty.</param>
    /// <param name="expectedContractPublicKey">The contract certificate's public key (04 || X || Y, or the 56-byte X448 key);
    /// empty skips the comparison (<see cref="ContractPrivateKey.PublicKeyChecked"/> is then false).</param>
    /// <param name="contractKey">The checked contract key on success (dispose it to zero the secret).</param>
    /// <param name="error">Why the key was refused.</param>
    /// <returns>True when the key decrypted and passed every check.</returns>
    public static bool TryDecrypt(
        KeyTransportProfile profile,
        ReadOnlySpan<byte> recipientPrivateKey,
        ReadOnlySpan<byte> dhPublicKey,
        ReadOnlySpan<byte> encryptedPrivateKey,
        ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> expectedContractPublicKey,
        [NotNullWhen(true)] out ContractPrivateKey? contractKey,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        contractKey = null;
        if (!TryCheckFields(profile, encryptedPrivateKey, associatedData, out KeyTransportFormat? format, out error)
            || !KeyAgreement.TryAgreeAsReceiver(format, recipientPrivateKey, dhPublicKey, out byte[]? z, out error))
        {
            return false;
        }

        return TryFinishDecrypt(format, z, encryptedPrivateKey, associatedData, expectedContractPublicKey, out contractKey, out error);
    }

    /// <summary>Decrypts and checks a received contract key with the recipient's ECDH key (EC profiles; may be non-exportable).</summary>
    /// <param name="profile"><see cref="KeyTransportProfile.Iso2"/> or <see cref="KeyTransportProfile.Iso20Secp521"/>.</param>
    /// <param name="recipientKey">The OEM provisioning (or current contract) ECDH key.</param>
    /// <param name="dhPublicKey">The received DHpublickey / DHPublicKey.</param>
    /// <param name="encryptedPrivateKey">The received encrypted private key field.</param>
    /// <param name="associatedData">ISO 15118-20: PCID || SKI hex; ISO 15118-2: empty.</param>
    /// <param name="expectedContractPublicKey">The contract certificate's key 04 || X || Y; empty skips the comparison.</param>
    /// <param name="contractKey">The checked contract key on success (dispose it to zero the secret).</param>
    /// <param name="error">Why the key was refused.</param>
    /// <returns>True when the key decrypted and passed every check.</returns>
    public static bool TryDecrypt(
        KeyTransportProfile profile,
        ECDiffieHellman recipientKey,
        ReadOnlySpan<byte> dhPublicKey,
        ReadOnlySpan<byte> encryptedPrivateKey,
        ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> expectedContractPublicKey,
        [NotNullWhen(true)] out ContractPrivateKey? contractKey,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        contractKey = null;
        if (!TryCheckFields(profile, encryptedPrivateKey, associatedData, out KeyTransportFormat? format, out error)
            || !KeyAgreement.TryAgreeAsReceiver(format, recipientKey, dhPublicKey, out byte[]? z, out error))
        {
            return false;
        }

        return TryFinishDecrypt(format, z, encryptedPrivateKey, associatedData, expectedContractPublicKey, out contractKey, out error);
    }

    /// <summary>Decrypts and checks against the public key of the contract certificate the key belongs to.</summary>
    /// <param name="profile">The transport scheme.</param>
    /// <param name="recipientPrivateKey">The static private key: 32 / 66-byte big-endian scalar or the 56-byte X448 key.</param>
    /// <param name="dhPublicKey">The received DHpublickey / DHPublicKey.</param>
    /// <param name="encryptedPrivateKey">The received encrypted private key field.</param>
    /// <param name="associatedData">ISO 15118-20: PCID || SKI hex; ISO 15118-2: empty.</param>
    /// <param name="contractCertificate">The received contract certificate (EC key, or an X448 key for the X448 profile;
    /// an Ed448 certificate is refused with <see cref="KeyTransportErrorKind.UnsupportedContractCertificate"/>).</param>
    /// <param name="contractKey">The checked contract key on success (dispose it to zero the secret).</param>
    /// <param name="error">Why the key was refused.</param>
    /// <returns>True when the key decrypted and passed every check.</returns>
    public static bool TryDecrypt(
        KeyTransportProfile profile,
        ReadOnlySpan<byte> recipientPrivateKey,
        ReadOnlySpan<byte> dhPublicKey,
        ReadOnlySpan<byte> encryptedPrivateKey,
        ReadOnlySpan<byte> associatedData,
        X509Certificate2 contractCertificate,
        [NotNullWhen(true)] out ContractPrivateKey? contractKey,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        contractKey = null;
        return TryGetCertificatePublicKey(profile, contractCertificate, out byte[]? expected, out error)
            && TryDecrypt(profile, recipientPrivateKey, dhPublicKey, encryptedPrivateKey, associatedData, expected, out contractKey, out error);
    }

    /// <summary>The public key of a certificate as key transport uses it: 04 || X || Y, or the raw X448 key.</summary>
    /// <param name="profile">The transport scheme.</param>
    /// <param name="certificate">A contract or OEM provisioning certificate.</param>
    /// <param name="publicKey">The key bytes on success.</param>
    /// <param name="error">Why the certificate's key does not fit the profile.</param>
    /// <returns>True on success.</returns>
    public static bool TryGetCertificatePublicKey(
        KeyTransportProfile profile,
        X509Certificate2 certificate,
        [NotNullWhen(true)] out byte[]? publicKey,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        publicKey = null;
        KeyTransportFormat? format = KeyTransportFormat.Of(profile);
        if (format == null)
        {
            error = UnknownProfile(profile);
            return false;
        }

        return ContractCertificateKeys.TryGet(format, certificate, out publicKey, out error);
    }

    private static bool TryCheckFields(
        KeyTransportProfile profile,
        ReadOnlySpan<byte> encryptedPrivateKey,
        ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out KeyTransportFormat? format,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        if (!TryCheckInputs(profile, associatedData, out format, out error))
        {
            return false;
        }

        if (encryptedPrivateKey.Length != format.EncryptedLength)
        {
            string layout = format.UsesGcm ? "IV || CT || tag" : "IV || CT";
            error = new(KeyTransportErrorKind.WrongLength,
                $"the encrypted private key must be {layout} = {format.EncryptedLength} bytes for {profile}, got {encryptedPrivateKey.Length}");
            return false;
        }

        return true;
    }

    private static bool TryCheckInputs(
        KeyTransportProfile profile,
        ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out KeyTransportFormat? format,
        [NotNullWhen(false)] out KeyTransportError? error)
    {
        format = KeyTransportFormat.Of(profile);
        error = format == null ? UnknownProfile(profile) : CheckAad(format, associatedData);
        return error == null;
    }

    private static bool TryFinishDecrypt(
        KeyTransportFormat format,
        byte[] sharedSecret,
        ReadOnlySpan<byte> encryptedPrivateKey,
        ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> expectedContractPublicKey,
        out ContractPrivateKey? contractKey,
        out KeyTransportError? error)
    {
        contractKey = null;
        byte[] sessionKey = new byte[format.SessionKeyLength];
        byte[] plaintext = new byte[format.PrivateKeyLength];
        try
        {
            ConcatKdf.DeriveKey(format.KdfHash, sharedSecret, ConcatKdf.Iso15118OtherInfo, sessionKey);
            error = SessionCipher.Decrypt(format, sessionKey, encryptedPrivateKey, associatedData, plaintext)
                ?? ContractKeyChecks.Check(format, plaintext, expectedContractPublicKey);
            if (error != null)
            {
                return false;
            }

            contractKey = new(format.Profile, plaintext, publicKeyChecked: !expectedContractPublicKey.IsEmpty);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sharedSecret);
            CryptographicOperations.ZeroMemory(sessionKey);
            if (contractKey == null)
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
    }

    private static KeyTransportError? CheckAad(KeyTransportFormat format, ReadOnlySpan<byte> associatedData)
    {
        if (format.UsesGcm && associatedData.IsEmpty)
        {
            return new(KeyTransportErrorKind.InvalidAssociatedData,
                $"{format.Profile} needs the AAD PCID || contract certificate SKI ([V2G20-2492])");
        }

        if (!format.UsesGcm && !associatedData.IsEmpty)
        {
            return new(KeyTransportErrorKind.InvalidAssociatedData, "ISO 15118-2 (AES-CBC) has no AAD; pass an empty span");
        }

        return null;
    }

    private static KeyTransportError UnknownProfile(KeyTransportProfile profile) =>
        new(KeyTransportErrorKind.UnknownProfile, $"key transport profile {(int)profile} is not defined");
}
