using System;
using Org.BouncyCastle.Crypto.Parameters;

namespace V2G.Security.Signatures.Crypto;

/// <summary>Ed448 signatures (RFC 8032, pure, empty context) for ISO 15118-20; BouncyCastle, since the BCL has no Ed448.</summary>
public sealed class Ed448Signer : IV2GSigner
{
    private readonly Ed448PrivateKeyParameters key;

    internal Ed448Signer(Ed448PrivateKeyParameters key)
    {
        this.key = key;
    }

    /// <inheritdoc/>
    public SecurityProfile Profile => SecurityProfile.Iso20Ed448;

    /// <inheritdoc/>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        var signer = new Org.BouncyCastle.Crypto.Signers.Ed448Signer(Array.Empty<byte>());
        signer.Init(true, key);
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }
}
