using System;

namespace V2G.Security.KeyTransport;

/// <summary>
/// The two fields the back end sends in CertificateInstallationRes / CertificateUpdateRes: the ephemeral DH public key and
/// the encrypted contract private key.
/// </summary>
public sealed class EncryptedContractKey
{
    internal EncryptedContractKey(KeyTransportProfile profile, byte[] dhPublicKey, byte[] encryptedPrivateKey)
    {
        Profile = profile;
        DhPublicKey = dhPublicKey;
        EncryptedPrivateKey = encryptedPrivateKey;
    }

    /// <summary>The profile the fields were produced with.</summary>
    public KeyTransportProfile Profile { get; }

    /// <summary>
    /// <c>DHpublickey</c> / <c>DHPublicKey</c>: 04 || X || Y (65 bytes ISO-2, 133 bytes SECP521) or 04 || u (57 bytes X448).
    /// </summary>
    public ReadOnlyMemory<byte> DhPublicKey { get; }

    /// <summary>
    /// <c>ContractSignatureEncryptedPrivateKey</c> (IV || CT, 48 bytes) or <c>SECP521_EncryptedPrivateKey</c> /
    /// <c>X448_EncryptedPrivateKey</c> (IV || CT || tag, 94 / 84 bytes).
    /// </summary>
    public ReadOnlyMemory<byte> EncryptedPrivateKey { get; }
}
