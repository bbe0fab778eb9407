using System;
using System.Security.Cryptography;

namespace V2G.Security.KeyTransport;

/// <summary>
/// A decrypted contract private key that passed the receiver checks. Holds the secret: dispose it to zero the buffer.
/// </summary>
public sealed class ContractPrivateKey : IDisposable
{
    private readonly byte[] _value;
    private bool _disposed;

    internal ContractPrivateKey(KeyTransportProfile profile, byte[] value, bool publicKeyChecked)
    {
        Profile = profile;
        _value = value;
        PublicKeyChecked = publicKeyChecked;
    }

    /// <summary>The profile the key was transported with.</summary>
    public KeyTransportProfile Profile { get; }

    /// <summary>Whether the key's public counterpart was compared with the contract certificate's (or a given) public key.</summary>
    public bool PublicKeyChecked { get; }

    /// <summary>
    /// The key, big-endian: the 32-byte P-256 scalar, the 66-byte P-521 scalar, or the 56-byte X448 private key.
    /// </summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Dispose"/>.</exception>
    public ReadOnlySpan<byte> Value
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _value;
        }
    }

    /// <summary>A copy of <see cref="Value"/> (the caller owns and should zero it).</summary>
    /// <returns>The key bytes.</returns>
    public byte[] ToArray() => Value.ToArray();

    /// <summary>The key as an ECDSA key (P-256 or P-521 profiles) for signing with the contract certificate.</summary>
    /// <returns>The key, or null for the X448 profile.</returns>
    public ECDsa? CreateEcdsa()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ECCurve? curve = KeyTransportFormat.Of(Profile)!.Curve;
        if (curve is not { } namedCurve)
        {
            return null;
        }

        return EcKeyAgreement.CreateEcdsaFromScalar(namedCurve, _value);
    }

    /// <summary>Zeroes the key buffer.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_value);
        _disposed = true;
    }
}
