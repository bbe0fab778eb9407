using System;
using System.Security.Cryptography;

namespace V2G.Security.Provisioning;

/// <summary>A contract certificate the back end just issued: its chain, the key to deliver and the numbers to record.</summary>
public sealed class IssuedContract : IDisposable
{
    private readonly byte[]? _signingKeyPkcs8;

    internal IssuedContract(
        string emaid, string serialNumberHex, ContractDelivery delivery, byte[]? keyAgreementPublicKey, byte[]? signingKeyPkcs8)
    {
        EMaid = emaid;
        SerialNumberHex = serialNumberHex;
        Delivery = delivery;
        KeyAgreementPublicKey = keyAgreementPublicKey;
        _signingKeyPkcs8 = signingKeyPkcs8;
    }

    /// <summary>The contract's eMAID (the certificate's common name).</summary>
    public string EMaid { get; }

    /// <summary>The contract certificate's serial, in <see cref="Authority.CertificateSerial"/> form.</summary>
    public string SerialNumberHex { get; }

    /// <summary>The contract chain (leaf, MO Sub-CA 2, MO Sub-CA 1) and the private key delivered to the vehicle.</summary>
    public ContractDelivery Delivery { get; }

    /// <summary>
    /// Ed448 profile only: the 56-byte X448 public key of the delivered agreement key. The Ed448 contract certificate cannot
    /// carry it, so the vehicle needs it from elsewhere to check the key it decrypts. Null for the ECDSA profiles.
    /// </summary>
    public byte[]? KeyAgreementPublicKey { get; }

    /// <summary>
    /// Ed448 profile only: the contract certificate's own Ed448 signing key as PKCS#8, which ISO 15118-20 key transport does not
    /// deliver (it carries the X448 key). Null for the ECDSA profiles, whose delivered key is the certificate's key.
    /// </summary>
    public ReadOnlySpan<byte> SigningKeyPkcs8 => _signingKeyPkcs8;

    /// <summary>Zeroes the key material this object holds.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(Delivery.PrivateKey);
        if (_signingKeyPkcs8 != null)
        {
            CryptographicOperations.ZeroMemory(_signingKeyPkcs8);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"contract {EMaid} (serial {SerialNumberHex})";
}
