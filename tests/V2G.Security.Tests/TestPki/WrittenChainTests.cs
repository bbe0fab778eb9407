using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.Revocation;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>The chains of the written folder pass <c>openssl verify -x509_strict</c> and our validator for their role.</summary>
public sealed class WrittenChainTests
{
    public static TheoryData<SecurityProfile, string, CertificateRole, string> Chains()
    {
        var data = new TheoryData<SecurityProfile, string, CertificateRole, string>();
        foreach (SecurityProfile profile in WrittenPkis.Profiles)
        {
            data.Add(profile, "cpoCertChain.pem", CertificateRole.Secc, "trustAnchors_V2G.pem");
            data.Add(profile, "cpsCertChain.pem", CertificateRole.Cps, "trustAnchors_V2G.pem");
            data.Add(profile, "contractCertChain.pem", CertificateRole.Contract, "trustAnchors_MO.pem");
            data.Add(profile, "contractCert2Chain.pem", CertificateRole.Contract, "trustAnchors_MO.pem");
            data.Add(profile, "oemCertChain.pem", CertificateRole.OemProvisioning, "trustAnchors_OEM.pem");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void ChainFile_PassesOpenSslAndOurValidator(SecurityProfile profile, string chainFile, CertificateRole role, string anchorFile)
    {
        string chain = WrittenPkis.File(profile, "chains", chainFile);
        string anchor = WrittenPkis.File(profile, "chains", anchorFile);

        (int exit, string output) = WrittenPkis.OpenSsl(
            "verify", "-x509_strict", "-attime", WrittenPkis.AtTime, "-CAfile", anchor, "-untrusted", chain, chain);
        Assert.True(exit == 0, $"{profile}/{chainFile}: {output}");

        X509Certificate2Collection certificates = [];
        certificates.ImportFromPemFile(chain);
        X509Certificate2Collection anchors = [];
        anchors.ImportFromPemFile(anchor);
        Assert.Equal(3, certificates.Count);
        ChainValidationResult result = CertificateChainValidator.Validate(
            certificates[0], [certificates[1], certificates[2]], [anchors[0]], Options(profile, role));
        Assert.True(result.IsValid, $"{profile}/{chainFile}: {result}");
    }

    [Theory]
    [MemberData(nameof(WrittenPkis.ProfileCases), MemberType = typeof(WrittenPkis))]
    public void ContractChain_ValidatesToTheV2GRootViaTheCrossCertifiedMoSubCa1(SecurityProfile profile)
    {
        TestPkiSet pki = WrittenPkis.Pki(profile);
        string cross = WrittenPkis.File(profile, "certs", "MOSubCA1_issuedByV2GRoot.pem");
        string sub2 = WrittenPkis.File(profile, "certs", "MOSubCA2.pem");

        (int exit, string output) = WrittenPkis.OpenSsl("verify", "-x509_strict", "-attime", WrittenPkis.AtTime,
            "-CAfile", WrittenPkis.File(profile, "chains", "trustAnchors_V2G.pem"), "-untrusted", sub2, "-untrusted", cross,
            WrittenPkis.File(profile, "certs", "ContractCert.pem"));
        Assert.True(exit == 0, output);

        ChainValidationResult result = CertificateChainValidator.Validate(pki["ContractCert"].Certificate,
            [pki["MOSubCA2"].Certificate, pki["MOSubCA1_issuedByV2GRoot"].Certificate], [pki["V2GRootCA"].Certificate],
            Options(profile, CertificateRole.Contract));
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(pki["V2GRootCA"].Certificate.Thumbprint, result.Path[^1].Thumbprint);
    }

    [Theory]
    [MemberData(nameof(WrittenPkis.ProfileCases), MemberType = typeof(WrittenPkis))]
    public void Folder_HasTheSharedLayout(SecurityProfile profile)
    {
        TestPkiSet pki = WrittenPkis.Pki(profile);
        Assert.Equal(17, pki.Certificates.Count);
        Assert.Equal(11, pki.Crls.Count);
        foreach (IssuedCertificate certificate in pki.Certificates)
        {
            Assert.True(File.Exists(WrittenPkis.File(profile, "certs", certificate.Name + ".der")), certificate.Name);
            string key = File.ReadAllText(WrittenPkis.File(profile, "keys", certificate.Name + ".key.pem"));
            Assert.StartsWith("-----BEGIN PRIVATE KEY-----", key);
        }

        Assert.Equal(pki["MOSubCA1"].Certificate.SubjectName.RawData, pki["MOSubCA1_issuedByV2GRoot"].Certificate.SubjectName.RawData);
        Assert.Equal(pki["MOSubCA1"].Certificate.PublicKey.EncodedKeyValue.RawData,
            pki["MOSubCA1_issuedByV2GRoot"].Certificate.PublicKey.EncodedKeyValue.RawData);
        Assert.Equal(pki["V2GRootCA"].Certificate.SubjectName.RawData, pki["MOSubCA1_issuedByV2GRoot"].Certificate.IssuerName.RawData);
        string manifest = File.ReadAllText(WrittenPkis.File(profile, "manifest.json"));
        using var json = System.Text.Json.JsonDocument.Parse(manifest);
        Assert.Equal(17, json.RootElement.GetProperty("certs").EnumerateObject().Count());
        Assert.Equal(15, json.RootElement.GetProperty("broken").EnumerateObject().Count());
        Assert.Equal(5, json.RootElement.GetProperty("ocsp").EnumerateObject().Count());
        Assert.Equal(new[] { "ContractCert2" }, json.RootElement.GetProperty("crl").GetProperty("MOSubCA2").GetProperty("revoked")
            .EnumerateArray().Select(e => e.GetString()!).ToArray());
        int x448 = Directory.GetFiles(WrittenPkis.File(profile, "keys"), "*_X448.key.pem").Length;
        Assert.Equal(profile == SecurityProfile.Iso20Ed448 ? 2 : 0, x448);
    }

    internal static ChainValidationOptions Options(SecurityProfile profile, CertificateRole role) => new()
    {
        Profile = profile,
        Role = role,
        ValidationTime = WrittenPkis.Now,
        RevocationPolicy = RevocationPolicy.Ignore,
    };
}
