using System;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace V2G.Security.TestPki;

/// <summary>
/// A key of the test PKI in BouncyCastle form (to sign certificates, CRLs and OCSP responses for every profile) and,
/// for ECDSA profiles, also as a BCL <see cref="ECDsa"/> (so certificates can carry it).
/// </summary>
internal sealed class PkiKeyPair
{
    private PkiKeyPair(AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey, ECDsa? ecdsa, string signatureAlgorithm)
    {
        Private = privateKey;
        Public = publicKey;
        Ecdsa = ecdsa;
        SignatureAlgorithm = signatureAlgorithm;
    }

    /// <summary>The private key.</summary>
    public AsymmetricKeyParameter Private { get; }

    /// <summary>The public key.</summary>
    public AsymmetricKeyParameter Public { get; }

    /// <summary>The same key for the BCL (ECDSA profiles only).</summary>
    public ECDsa? Ecdsa { get; }

    /// <summary>The BouncyCastle name of the signature this key makes (profile hash for ECDSA, Ed448).</summary>
    public string SignatureAlgorithm { get; }

    /// <summary>The SubjectPublicKeyInfo.</summary>
    public SubjectPublicKeyInfo PublicKeyInfo => SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(Public);

    /// <summary>A new key of the profile's algorithm: P-256, P-521 or Ed448.</summary>
    public static PkiKeyPair Generate(SecurityProfile profile)
    {
        switch (profile)
        {
            case SecurityProfile.Iso2:
                return FromEcdsa(ECDsa.Create(ECCurve.NamedCurves.nistP256), "SHA256WITHECDSA");
            case SecurityProfile.Iso20Secp521:
                return FromEcdsa(ECDsa.Create(ECCurve.NamedCurves.nistP521), "SHA512WITHECDSA");
            case SecurityProfile.Iso20Ed448:
                var generator = new Ed448KeyPairGenerator();
                generator.Init(new Ed448KeyGenerationParameters(new SecureRandom()));
                AsymmetricCipherKeyPair pair = generator.GenerateKeyPair();
                return new PkiKeyPair(pair.Private, pair.Public, null, "Ed448");
            default:
                throw new ArgumentOutOfRangeException(nameof(profile), profile, "no key algorithm for this profile");
        }
    }

    /// <summary>Reads a PKCS#8 key of <paramref name="profile"/>, or returns null with the reason.</summary>
    public static PkiKeyPair? FromPkcs8(byte[] pkcs8, SecurityProfile profile, out string? error)
    {
        error = null;
        try
        {
            AsymmetricKeyParameter key = PrivateKeyFactory.CreateKey(pkcs8);
            switch (key)
            {
                case Ed448PrivateKeyParameters ed448 when profile == SecurityProfile.Iso20Ed448:
                    return new PkiKeyPair(ed448, ed448.GeneratePublicKey(), null, "Ed448");
                case ECPrivateKeyParameters when profile != SecurityProfile.Iso20Ed448:
                    ECDsa ecdsa = ECDsa.Create();
                    ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
                    int expectedBits = profile == SecurityProfile.Iso2 ? 256 : 521;
                    if (ecdsa.KeySize != expectedBits)
                    {
                        error = $"the key is a {ecdsa.KeySize}-bit EC key, profile {profile} needs {expectedBits} bits";
                        ecdsa.Dispose();
                        return null;
                    }

                    return FromEcdsa(ecdsa, profile == SecurityProfile.Iso2 ? "SHA256WITHECDSA" : "SHA512WITHECDSA");
                default:
                    error = $"the key ({key.GetType().Name}) is not a key of profile {profile}";
                    return null;
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or CryptographicException or System.IO.IOException)
        {
            error = "the PKCS#8 private key cannot be read: " + e.Message;
            return null;
        }
    }

    /// <summary>A signature factory for certificates, CRLs and OCSP responses.</summary>
    public ISignatureFactory Signer() => new Asn1SignatureFactory(SignatureAlgorithm, Private);

    /// <summary>The private key as PKCS#8 PrivateKeyInfo (v1, without the optional public key, as most readers expect).</summary>
    public byte[] ExportPkcs8()
    {
        if (Ecdsa is not null)
        {
            return Ecdsa.ExportPkcs8PrivateKey();
        }

        PrivateKeyInfo info = PrivateKeyInfoFactory.CreatePrivateKeyInfo(Private);
        return new PrivateKeyInfo(info.PrivateKeyAlgorithm, info.ParsePrivateKey()).GetDerEncoded();
    }

    private static PkiKeyPair FromEcdsa(ECDsa ecdsa, string algorithm)
    {
        AsymmetricKeyParameter privateKey = PrivateKeyFactory.CreateKey(ecdsa.ExportPkcs8PrivateKey());
        AsymmetricKeyParameter publicKey = PublicKeyFactory.CreateKey(ecdsa.ExportSubjectPublicKeyInfo());
        return new PkiKeyPair(privateKey, publicKey, ecdsa, algorithm);
    }
}
