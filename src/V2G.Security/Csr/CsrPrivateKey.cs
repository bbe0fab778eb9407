using System;
using System.Formats.Asn1;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using V2G.Security.Signatures.Crypto;

namespace V2G.Security.Csr;

/// <summary>The private key of a new CSR: an ECDSA key (P-256, P-521) or an Ed448 key, as the profile says.</summary>
public sealed class CsrPrivateKey : IDisposable
{
    private readonly Ed448PrivateKeyParameters? _ed448;

    internal CsrPrivateKey(SecurityProfile profile, ECDsa? ecdsa, Ed448PrivateKeyParameters? ed448)
    {
        Profile = profile;
        Ecdsa = ecdsa;
        _ed448 = ed448;
    }

    /// <summary>The profile the key belongs to.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>The ECDSA key for <see cref="SecurityProfile.Iso2"/> and <see cref="SecurityProfile.Iso20Secp521"/>; null for Ed448.</summary>
    public ECDsa? Ecdsa { get; }

    /// <summary>The 57-byte Ed448 private key (RFC 8032 seed) for <see cref="SecurityProfile.Iso20Ed448"/>; null for ECDSA.</summary>
    public byte[]? Ed448Seed => _ed448?.GetEncoded();

    internal Ed448PrivateKeyParameters? Ed448 => _ed448;

    /// <summary>The key as unencrypted PKCS#8 DER.</summary>
    public byte[] ExportPkcs8() => Ecdsa?.ExportPkcs8PrivateKey() ?? Ed448Pkcs8(_ed448!.GetEncoded());

    /// <summary>The key as an unencrypted PKCS#8 PEM block (<c>PRIVATE KEY</c>).</summary>
    public string ExportPkcs8Pem() => new(PemEncoding.Write("PRIVATE KEY", ExportPkcs8()));

    /// <summary>RFC 8410 PrivateKeyInfo v1 (no public key attribute, which older readers refuse): the seed as CurvePrivateKey.</summary>
    private static byte[] Ed448Pkcs8(byte[] seed)
    {
        var inner = new AsnWriter(AsnEncodingRules.DER);
        inner.WriteOctetString(seed);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(0);
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(KeyAlgorithmOids.Ed448);
            }

            writer.WriteOctetString(inner.Encode());
        }

        return writer.Encode();
    }

    /// <summary>Disposes the ECDSA key (the Ed448 key is managed memory).</summary>
    public void Dispose() => Ecdsa?.Dispose();
}
