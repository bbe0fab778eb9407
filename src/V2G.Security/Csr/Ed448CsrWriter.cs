using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace V2G.Security.Csr;

/// <summary>Writes an Ed448-signed PKCS#10 request with BouncyCastle (the BCL has no Ed448).</summary>
internal static class Ed448CsrWriter
{
    public static byte[] Write(X500DistinguishedName subject, X509KeyUsageFlags usage, out Ed448PrivateKeyParameters privateKey)
    {
        var generator = new Ed448KeyPairGenerator();
        generator.Init(new Ed448KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        privateKey = (Ed448PrivateKeyParameters)pair.Private;

        // The same DER name and extension bytes as the BCL writes for ECDSA requests.
        X509Name name = X509Name.GetInstance(Asn1Object.FromByteArray(subject.RawData));
        var extensions = new X509ExtensionsGenerator();
        foreach (System.Security.Cryptography.X509Certificates.X509Extension extension in CsrExtensions.For(usage))
        {
            extensions.AddExtension(new DerObjectIdentifier(extension.Oid!.Value!), extension.Critical, extension.RawData);
        }

        var attribute = new AttributePkcs(PkcsObjectIdentifiers.Pkcs9AtExtensionRequest, new DerSet(extensions.Generate()));
        var request = new Pkcs10CertificationRequest(
            new Asn1SignatureFactory("Ed448", privateKey), name, pair.Public, new DerSet(attribute));
        return request.GetDerEncoded();
    }
}
