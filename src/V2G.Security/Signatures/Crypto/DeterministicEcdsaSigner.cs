using System;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace V2G.Security.Signatures.Crypto;

/// <summary>
/// ECDSA with deterministic k (RFC 6979, HMAC with the profile's hash), so that a signature can be reproduced byte
/// for byte (test vectors, snapshot tests). The BCL has no deterministic ECDSA; BouncyCastle computes it.
/// </summary>
public sealed class DeterministicEcdsaSigner : IV2GSigner
{
    private readonly ECPrivateKeyParameters key;
    private readonly int fieldBytes;

    internal DeterministicEcdsaSigner(ECPrivateKeyParameters key)
    {
        this.key = key;
        int bits = key.Parameters.Curve.FieldSize;
        Profile = bits switch
        {
            256 => SecurityProfile.Iso2,
            521 => SecurityProfile.Iso20Secp521,
            _ => throw new ArgumentException("An ECDSA key of " + bits + " bits belongs to no V2G profile (P-256 or P-521)", nameof(key)),
        };
        fieldBytes = (bits + 7) / 8;
    }

    /// <inheritdoc/>
    public SecurityProfile Profile { get; }

    /// <inheritdoc/>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        byte[] hash = Profile == SecurityProfile.Iso2 ? SHA256.HashData(data) : SHA512.HashData(data);
        var signer = new ECDsaSigner(new HMacDsaKCalculator(Profile == SecurityProfile.Iso2 ? new Sha256Digest() : new Sha512Digest()));
        signer.Init(true, key);
        var rs = signer.GenerateSignature(hash);
        byte[] signature = new byte[2 * fieldBytes];
        rs[0].ToByteArrayUnsigned().CopyTo(signature.AsSpan(fieldBytes - rs[0].ToByteArrayUnsigned().Length));
        rs[1].ToByteArrayUnsigned().CopyTo(signature.AsSpan(2 * fieldBytes - rs[1].ToByteArrayUnsigned().Length));
        CryptographicOperations.ZeroMemory(hash);
        return signature;
    }
}
