using System;
using System.Security.Cryptography;

namespace V2G.Security.Signatures.Crypto;

/// <summary>
/// Signs with a BCL <see cref="ECDsa"/> key (random k): any implementation of it, including keys in a platform key
/// store or an HSM. <see cref="DeterministicEcdsaSigner"/> gives reproducible signatures (RFC 6979).
/// </summary>
public sealed class EcdsaSigner : IV2GSigner
{
    private readonly ECDsa key;

    /// <summary>Wraps <paramref name="key"/>, a P-256 (ISO 15118-2) or P-521 (ISO 15118-20) key.</summary>
    /// <exception cref="ArgumentException">The key is on another curve.</exception>
    public EcdsaSigner(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = key;
        Profile = key.KeySize switch
        {
            256 => SecurityProfile.Iso2,
            521 => SecurityProfile.Iso20Secp521,
            _ => throw new ArgumentException("An ECDSA key of " + key.KeySize + " bits belongs to no V2G profile (P-256 or P-521)", nameof(key)),
        };
    }

    /// <inheritdoc/>
    public SecurityProfile Profile { get; }

    /// <inheritdoc/>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        var hash = Profile == SecurityProfile.Iso2 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA512;
        return key.SignData(data, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
