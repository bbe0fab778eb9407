using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

/// <summary>Our CRL and OCSP decisions equal openssl's on the shared PKI (openssl 3 handles Ed448 CRLs and responses too).</summary>
public sealed class OpenSslAgreementTests : IDisposable
{
    private static readonly string[] CrlCas =
        ["V2GRootCA", "CPOSubCA1", "CPOSubCA2", "CPSSubCA1", "CPSSubCA2", "MORootCA", "MOSubCA1", "MOSubCA2", "OEMRootCA", "OEMSubCA1", "OEMSubCA2"];

    private readonly string temp = Directory.CreateTempSubdirectory("revoc-openssl-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void Crl_signature_decisions_agree_with_openssl_crl_verify(string set)
    {
        Assert.True(OpenSsl.Available, "openssl is expected at " + OpenSsl.Path);
        var pki = new TestPki(set);
        int accepted = 0;
        foreach (string ca in CrlCas)
        {
            string flipped = Path.Combine(temp, ca + ".flipped.crl.der");
            File.WriteAllBytes(flipped, CrlCheckerTests.FlipLastBit(File.ReadAllBytes(pki.CrlPath(ca))));
            string wrongIssuer = ca == "MOSubCA2" ? "CPOSubCA2" : "MOSubCA2";
            foreach ((string crlPath, string issuer) in new[] { (pki.CrlPath(ca), ca), (flipped, ca), (pki.CrlPath(ca), wrongIssuer) })
            {
                (int code, string output) = OpenSsl.Run("crl", "-verify", "-noout", "-inform", "DER", "-in", crlPath, "-CAfile", pki.CertPath(issuer));
                bool theirs = code == 0 && output.Contains("verify OK");
                Assert.True(CrlDocument.TryLoad(crlPath, out CrlDocument? crl, out string? error), error);
                bool ours = CrlChecker.VerifySignature(crl, pki.Cert(issuer), out string? reason);

                Assert.True(theirs == ours, $"{Path.GetFileName(crlPath)} with {issuer}: openssl {theirs} ({output.Trim()}), ours {ours} ({reason})");
                accepted += ours ? 1 : 0;
            }
        }

        Assert.Equal(CrlCas.Length, accepted); // exactly the untouched CRLs with their own CA
    }

    [Theory]
    [InlineData("iso2", "ContractCert", "MO", false)]
    [InlineData("iso2", "ContractCert2", "MO", true)]
    [InlineData("iso2", "SECCCert", "CPO", false)]
    [InlineData("iso20", "ContractCert", "MO", false)]
    [InlineData("iso20", "ContractCert2", "MO", true)]
    [InlineData("iso20_ed448", "ContractCert", "MO", false)]
    [InlineData("iso20_ed448", "ContractCert2", "MO", true)]
    [InlineData("iso20_ed448", "SECCCert", "CPO", false)]
    public void Openssl_verify_with_crl_check_agrees_with_our_checker(string set, string leaf, string chain, bool revoked)
    {
        var pki = new TestPki(set);
        string[] cas = chain == "MO" ? ["MORootCA", "MOSubCA1", "MOSubCA2"] : ["V2GRootCA", "CPOSubCA1", "CPOSubCA2"];
        string bundle = Path.Combine(temp, "bundle.pem");
        File.WriteAllText(bundle, string.Concat(cas.Select(ca => File.ReadAllText(pki.CertPath(ca))))
            + File.ReadAllText(Path.ChangeExtension(pki.CrlPath(cas[^1]), ".pem")));
        long epoch = TestPki.ReferenceTime.ToUnixTimeSeconds();

        (int code, string output) = OpenSsl.Run("verify", "-x509_strict", "-crl_check", "-attime", epoch.ToString(), "-CAfile", bundle, pki.CertPath(leaf));
        var sources = new RevocationSources();
        sources.AddCrl(pki.Crl(cas[^1]));
        RevocationCheckResult ours = new SourceRevocationChecker(sources).Check(pki.Cert(leaf), pki.Cert(cas[^1]), TestPki.ReferenceTime);

        Assert.Equal(revoked ? RevocationStatus.Revoked : RevocationStatus.Good, ours.Status);
        Assert.Equal(revoked, code != 0);
        Assert.Contains(revoked ? "certificate revoked" : ": OK", output);
    }

    public static TheoryData<string, string, string, string> OcspCases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string set in new[] { "iso2", "iso20", "iso20_ed448" })
        {
            data.Add(set, "ContractCert_good", "ContractCert", "MOSubCA2");
            data.Add(set, "ContractCert2_revoked", "ContractCert2", "MOSubCA2");
            data.Add(set, "SECCCert_good", "SECCCert", "CPOSubCA2");
            data.Add(set, "CPOSubCA2_good", "CPOSubCA2", "CPOSubCA1");
            data.Add(set, "MOSubCA2_good", "MOSubCA2", "MOSubCA1");
            data.Add(set, "SECCCert_good", "SECCCert", "MOSubCA2"); // foreign issuer: neither finds a status
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OcspCases))]
    public void Openssl_ocsp_status_equals_ours(string set, string caseName, string name, string issuerName)
    {
        var pki = new TestPki(set);
        string response = pki.OcspPath(caseName + ".resp.der");
        (int code, string output) = OpenSsl.Run("ocsp", "-respin", response, "-VAfile", pki.CertPath(issuerName),
            "-issuer", pki.CertPath(issuerName), "-sha256", "-cert", pki.CertPath(name));
        string? line = output.Split('\n').FirstOrDefault(l => l.StartsWith(pki.CertPath(name) + ": ", StringComparison.Ordinal));
        string theirs = code == 0 && line is not null ? line[(pki.CertPath(name).Length + 2)..].Trim() : "no status";

        X509Certificate2 issuer = pki.Cert(issuerName);
        RevocationSourceResult ours = OcspResponseVerifier.Verify(pki.Ocsp(caseName), pki.Cert(name), issuer, TestPki.ReferenceTime);
        string mine = ours.Status switch
        {
            RevocationStatus.Good => "good",
            RevocationStatus.Revoked => "revoked",
            _ => ours.IsVerified ? "unknown" : "no status",
        };

        Assert.True(theirs == mine, $"openssl: {theirs} ({output.Trim()}); ours: {mine} ({ours.Reason})");
    }
}
