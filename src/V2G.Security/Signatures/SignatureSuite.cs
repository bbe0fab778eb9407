using System;
using System.Security.Cryptography;

namespace V2G.Security.Signatures;

/// <summary>
/// The algorithms of one <see cref="SecurityProfile"/>: its digest and signature URIs, digest function and
/// signature sizes. A signature names both URIs; they must belong to one suite (no mixing, no downgrade).
/// </summary>
public sealed class SignatureSuite
{
    private SignatureSuite(SecurityProfile profile, string digestUri, string signatureUri, int digestLength, int signatureLength)
    {
        Profile = profile;
        DigestMethod = digestUri;
        SignatureMethod = signatureUri;
        DigestLength = digestLength;
        SignatureLength = signatureLength;
    }

    /// <summary>ISO 15118-2: SHA-256, ECDSA P-256, raw r||s of 64 bytes.</summary>
    public static SignatureSuite Iso2 { get; } = new(SecurityProfile.Iso2, SignatureAlgorithmUris.Sha256, SignatureAlgorithmUris.EcdsaSha256, 32, 64);

    /// <summary>ISO 15118-20 secp521r1: SHA-512, ECDSA P-521, raw r||s of 132 bytes.</summary>
    public static SignatureSuite Iso20Secp521 { get; } = new(SecurityProfile.Iso20Secp521, SignatureAlgorithmUris.Sha512, SignatureAlgorithmUris.EcdsaSha512, 64, 132);

    /// <summary>
    /// ISO 15118-20 Ed448: SHAKE256 with 64 bytes of output (the length the standard's text implies but does not
    /// state; see ../shared/pnc/README.md §5), Ed448 signatures of 114 bytes (RFC 8032, empty context).
    /// </summary>
    public static SignatureSuite Iso20Ed448 { get; } = new(SecurityProfile.Iso20Ed448, SignatureAlgorithmUris.Shake256, SignatureAlgorithmUris.Ed448, 64, 114);

    /// <summary>The profile.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>The DigestMethod URI of every Reference.</summary>
    public string DigestMethod { get; }

    /// <summary>The SignatureMethod URI.</summary>
    public string SignatureMethod { get; }

    /// <summary>The length of a DigestValue in bytes.</summary>
    public int DigestLength { get; }

    /// <summary>The length of a SignatureValue in bytes.</summary>
    public int SignatureLength { get; }

    /// <summary>The suite of a profile.</summary>
    public static SignatureSuite For(SecurityProfile profile) => profile switch
    {
        SecurityProfile.Iso2 => Iso2,
        SecurityProfile.Iso20Secp521 => Iso20Secp521,
        SecurityProfile.Iso20Ed448 => Iso20Ed448,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown security profile"),
    };

    /// <summary>The suite whose SignatureMethod is <paramref name="uri"/>, if any.</summary>
    public static SignatureSuite? FromSignatureMethod(string? uri) => uri switch
    {
        SignatureAlgorithmUris.EcdsaSha256 => Iso2,
        SignatureAlgorithmUris.EcdsaSha512 => Iso20Secp521,
        SignatureAlgorithmUris.Ed448 => Iso20Ed448,
        _ => null,
    };

    /// <summary>The digest of <paramref name="data"/> (the EXI fragment of a signed element).</summary>
    public byte[] ComputeDigest(ReadOnlySpan<byte> data) => Profile switch
    {
        SecurityProfile.Iso2 => SHA256.HashData(data),
        SecurityProfile.Iso20Secp521 => SHA512.HashData(data),
        _ => Shake256Digest(data, DigestLength),
    };

    private static byte[] Shake256Digest(ReadOnlySpan<byte> data, int length)
    {
        if (Shake256.IsSupported)
        {
            return Shake256.HashData(data, length);
        }

        // The platform's crypto library may lack SHAKE (older OpenSSL); BouncyCastle computes the same function.
        var shake = new Org.BouncyCastle.Crypto.Digests.ShakeDigest(256);
        shake.BlockUpdate(data);
        byte[] output = new byte[length];
        shake.OutputFinal(output, 0, length);
        return output;
    }

    /// <inheritdoc/>
    public override string ToString() => Profile.ToString();
}
