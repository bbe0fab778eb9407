using System.Numerics;
using System.Security.Cryptography;

namespace V2G.Security.KeyTransport;

/// <summary>The sizes, curve and hash of one key transport profile.</summary>
internal sealed record KeyTransportFormat(
    KeyTransportProfile Profile,
    ECCurve? Curve,
    int PrivateKeyLength,
    int DhPublicKeyLength,
    int IvLength,
    int TagLength,
    HashAlgorithmName KdfHash,
    int SessionKeyLength,
    BigInteger Order)
{
    private static readonly KeyTransportFormat Iso2 = new(
        KeyTransportProfile.Iso2, ECCurve.NamedCurves.nistP256, 32, 65, 16, 0, HashAlgorithmName.SHA256, 16,
        Hex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"));

    private static readonly KeyTransportFormat Secp521 = new(
        KeyTransportProfile.Iso20Secp521, ECCurve.NamedCurves.nistP521, 66, 133, 12, 16, HashAlgorithmName.SHA512, 32,
        Hex("01FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFA51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409"));

    // X448 keys are byte strings (RFC 7748 clamps them), so there is no order to check against.
    private static readonly KeyTransportFormat X448 = new(
        KeyTransportProfile.Iso20X448, null, 56, 57, 12, 16, HashAlgorithmName.SHA512, 32, BigInteger.Zero);

    /// <summary>The length of the encrypted private key field: IV || CT (|| tag).</summary>
    public int EncryptedLength => IvLength + PrivateKeyLength + TagLength;

    /// <summary>Whether AES-GCM with AAD is used (ISO 15118-20) rather than AES-CBC (ISO 15118-2).</summary>
    public bool UsesGcm => TagLength > 0;

    /// <summary>The format of <paramref name="profile"/>, or null for an undefined enum value.</summary>
    public static KeyTransportFormat? Of(KeyTransportProfile profile) => profile switch
    {
        KeyTransportProfile.Iso2 => Iso2,
        KeyTransportProfile.Iso20Secp521 => Secp521,
        KeyTransportProfile.Iso20X448 => X448,
        _ => null,
    };

    private static BigInteger Hex(string hex) => BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber);
}
