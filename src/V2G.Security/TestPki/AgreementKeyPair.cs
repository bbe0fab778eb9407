using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace V2G.Security.TestPki;

/// <summary>
/// An X448 key pair of the Ed448 test PKI, standing in for the alternate (ECDH) key of the OEM provisioning and the
/// contract certificate (<c>keys/OEMProvCert_X448.*</c>, <c>keys/ContractCert_X448.*</c> of the shared set).
/// </summary>
public sealed class AgreementKeyPair
{
    private readonly X448PrivateKeyParameters _private;

    private AgreementKeyPair(string name, X448PrivateKeyParameters privateKey)
    {
        Name = name;
        _private = privateKey;
    }

    /// <summary>The file name stem, e.g. <c>OEMProvCert_X448</c>.</summary>
    public string Name { get; }

    /// <summary>The raw 56-byte X448 private scalar (RFC 7748).</summary>
    public byte[] PrivateKey => _private.GetEncoded();

    /// <summary>The raw 56-byte X448 public key (RFC 7748).</summary>
    public byte[] PublicKey => _private.GeneratePublicKey().GetEncoded();

    /// <summary>The private key as PKCS#8 PrivateKeyInfo v1 (RFC 8410).</summary>
    /// <returns>The DER bytes.</returns>
    public byte[] ExportPkcs8()
    {
        PrivateKeyInfo info = PrivateKeyInfoFactory.CreatePrivateKeyInfo(_private);
        return new PrivateKeyInfo(info.PrivateKeyAlgorithm, info.ParsePrivateKey()).GetDerEncoded();
    }

    /// <summary>The public key as SubjectPublicKeyInfo DER.</summary>
    /// <returns>The DER bytes.</returns>
    public byte[] ExportSubjectPublicKeyInfo() =>
        SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(_private.GeneratePublicKey()).GetDerEncoded();

    internal static AgreementKeyPair Generate(string name)
    {
        var generator = new X448KeyPairGenerator();
        generator.Init(new X448KeyGenerationParameters(new SecureRandom()));
        AsymmetricCipherKeyPair pair = generator.GenerateKeyPair();
        return new AgreementKeyPair(name, (X448PrivateKeyParameters)pair.Private);
    }
}
