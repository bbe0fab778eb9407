using System.Collections.Generic;
using System.Linq;
using V2G.Security.Revocation;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>Every written CRL and OCSP response verifies with openssl and with our checkers, giving the right status.</summary>
public sealed class WrittenRevocationTests
{
    private static readonly string[] Cas =
        ["V2GRootCA", "CPOSubCA1", "CPOSubCA2", "CPSSubCA1", "CPSSubCA2", "MORootCA", "MOSubCA1", "MOSubCA2", "OEMRootCA", "OEMSubCA1", "OEMSubCA2"];

    public static TheoryData<SecurityProfile, string> CrlCases()
    {
        var data = new TheoryData<SecurityProfile, string>();
        foreach (SecurityProfile profile in WrittenPkis.Profiles)
        {
            foreach (string ca in Cas)
            {
                data.Add(profile, ca);
            }
        }

        return data;
    }

    public static TheoryData<SecurityProfile, string, string, string> OcspCases()
    {
        var data = new TheoryData<SecurityProfile, string, string, string>();
        foreach (SecurityProfile profile in WrittenPkis.Profiles)
        {
            data.Add(profile, "SECCCert", "CPOSubCA2", "good");
            data.Add(profile, "ContractCert", "MOSubCA2", "good");
            data.Add(profile, "ContractCert2", "MOSubCA2", "revoked");
            data.Add(profile, "CPOSubCA2", "CPOSubCA1", "good");
            data.Add(profile, "MOSubCA2", "MOSubCA1", "good");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CrlCases))]
    public void Crl_VerifiesWithOpenSslAndCrlChecker(SecurityProfile profile, string ca)
    {
        TestPkiSet pki = WrittenPkis.Pki(profile);
        string crlFile = WrittenPkis.File(profile, "crl", ca + ".crl.der");
        (int exit, string output) = WrittenPkis.OpenSsl(
            "crl", "-in", crlFile, "-inform", "DER", "-noout", "-verify", "-CAfile", WrittenPkis.File(profile, "certs", ca + ".pem"));
        Assert.True(exit == 0, output);
        Assert.Contains("verify OK", output);

        Assert.True(CrlDocument.TryLoad(WrittenPkis.File(profile, "crl", ca + ".crl.pem"), out CrlDocument? crl, out string? error), error);
        Assert.True(CrlChecker.VerifySignature(crl, pki[ca].Certificate, out string? reason), reason);
        Assert.Equal("1", crl.CrlNumber);

        // Every certificate the CA issued gets its status from the list: only ContractCert2 is revoked.
        byte[] caName = pki[ca].Certificate.SubjectName.RawData;
        foreach (IssuedCertificate child in pki.Certificates.Where(c => c.Certificate.IssuerName.RawData.SequenceEqual(caName)
            && c.Name != ca && c.Name != "MOSubCA1_issuedByV2GRoot"))
        {
            RevocationSourceResult result = CrlChecker.Check(crl, child.Certificate, pki[ca].Certificate, WrittenPkis.Now);
            Assert.True(result.IsVerified, $"{child.Name}: {result.Reason}");
            Assert.Equal(child.Name == "ContractCert2" ? RevocationStatus.Revoked : RevocationStatus.Good, result.Status);
            if (child.Name == "ContractCert2")
            {
                Assert.Equal(RevocationReason.KeyCompromise, result.RevocationReason);
            }
        }
    }

    [Theory]
    [MemberData(nameof(OcspCases))]
    public void OcspResponse_VerifiesWithOpenSslAndOcspResponseVerifier(SecurityProfile profile, string certificate, string issuer, string status)
    {
        TestPkiSet pki = WrittenPkis.Pki(profile);
        string response = WrittenPkis.File(profile, "ocsp", $"{certificate}_{status}.resp.der");
        string issuerFile = WrittenPkis.File(profile, "certs", issuer + ".pem");
        (int exit, string output) = WrittenPkis.OpenSsl("ocsp", "-respin", response, "-VAfile", issuerFile, "-issuer", issuerFile,
            "-sha256", "-cert", WrittenPkis.File(profile, "certs", certificate + ".pem"), "-attime", WrittenPkis.AtTime);
        Assert.True(exit == 0, output);
        Assert.Contains("Response verify OK", output);
        Assert.Contains($": {status}", output);

        Assert.True(OcspResponseDocument.TryLoad(response, out OcspResponseDocument? document, out string? error), error);
        RevocationSourceResult result = OcspResponseVerifier.Verify(document, pki[certificate].Certificate, pki[issuer].Certificate, WrittenPkis.Now);
        Assert.True(result.IsVerified, result.Reason);
        Assert.Equal(status == "good" ? RevocationStatus.Good : RevocationStatus.Revoked, result.Status);
        Assert.True(System.IO.File.Exists(WrittenPkis.File(profile, "ocsp", $"{certificate}_{status}.req.der")));
    }
}
