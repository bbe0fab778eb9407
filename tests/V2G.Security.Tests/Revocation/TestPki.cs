using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Security;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

/// <summary>Reads certificates, CRLs, OCSP files and CA keys of one shared PKI set at test time (nothing is copied).</summary>
internal sealed class TestPki(string set)
{
    public string Set { get; } = set;

    public string Root => PncData.Pki(Set);

    public static readonly DateTimeOffset ReferenceTime = PncData.ReferenceTime;

    public string CertPath(string name) => Path.Combine(Root, "certs", name + ".pem");

    public string CrlPath(string ca) => Path.Combine(Root, "crl", ca + ".crl.der");

    public string OcspPath(string file) => Path.Combine(Root, "ocsp", file);

    public X509Certificate2 Cert(string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Root, "certs", name + ".der"));

    public CrlDocument Crl(string ca)
    {
        Assert.True(CrlDocument.TryLoad(CrlPath(ca), out CrlDocument? crl, out string? error), error);
        return crl;
    }

    public OcspResponseDocument Ocsp(string caseName)
    {
        Assert.True(OcspResponseDocument.TryLoad(OcspPath(caseName + ".resp.der"), out OcspResponseDocument? response, out string? error), error);
        return response;
    }

    /// <summary>The PKCS#8 key of a shared certificate, as BouncyCastle parameters (for building test CRLs and responses).</summary>
    public AsymmetricKeyParameter PrivateKey(string name)
    {
        string pem = File.ReadAllText(Path.Combine(Root, "keys", name + ".key.pem"));
        PemFields fields = PemEncoding.Find(pem);
        return PrivateKeyFactory.CreateKey(Convert.FromBase64String(pem[fields.Base64Data]));
    }

    /// <summary>The BouncyCastle signature algorithm name of the set.</summary>
    public string SignatureAlgorithm => Set switch
    {
        "iso2" => "SHA256WITHECDSA",
        "iso20" => "SHA512WITHECDSA",
        _ => "Ed448",
    };

    /// <summary>A fresh key pair of the set's algorithm (P-256, P-521 or Ed448), generated in the test.</summary>
    public AsymmetricCipherKeyPair NewKeyPair()
    {
        var random = new SecureRandom();
        if (Set == "iso20_ed448")
        {
            var ed = new Ed448KeyPairGenerator();
            ed.Init(new Ed448KeyGenerationParameters(random));
            return ed.GenerateKeyPair();
        }

        var ec = new ECKeyPairGenerator();
        ec.Init(new ECKeyGenerationParameters(Set == "iso2" ? SecObjectIdentifiers.SecP256r1 : SecObjectIdentifiers.SecP521r1, random));
        return ec.GenerateKeyPair();
    }

    public static Org.BouncyCastle.X509.X509Certificate ToBouncy(X509Certificate2 certificate) => new(certificate.RawData);

    public static TheoryData<string> Sets => new() { "iso2", "iso20", "iso20_ed448" };

    /// <summary>(set, certificate, issuer) for every certificate with a "good" shared OCSP response.</summary>
    public static TheoryData<string, string, string> GoodCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string set in new[] { "iso2", "iso20", "iso20_ed448" })
        {
            data.Add(set, "ContractCert", "MOSubCA2");
            data.Add(set, "SECCCert", "CPOSubCA2");
            data.Add(set, "CPOSubCA2", "CPOSubCA1");
            data.Add(set, "MOSubCA2", "MOSubCA1");
        }

        return data;
    }
}
