using System.IO;
using Xunit;

namespace V2G.Cli.Tests;

public class SecurityVerifyTests
{
    public static TheoryData<string, string, string> TamperedCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (PncVector v in PncFiles.Vectors())
        {
            // In an ISO-20 CertificateInstallationReq the changed byte lies in the OEM certificate that verifies the
            // signature: in the P-521 set it breaks the certificate's key (no curve point), in the Ed448 set its DER.
            string fieldChanged = v.Name != "CertificateInstallationReq" || v.Set == "iso2" ? "DigestMismatch"
                : v.Set == "iso20" ? "SignerKeyUnusable" : "SignerCertificateUnreadable";
            data.Add(v.Set, v.Name, "field_changed|" + fieldChanged);
            data.Add(v.Set, v.Name, "digest_mismatch|DigestMismatch");
            data.Add(v.Set, v.Name, "wrong_key|SignatureInvalid");
            data.Add(v.Set, v.Name, "signature_altered|SignatureInvalid");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PncFiles.VectorNames), MemberType = typeof(PncFiles))]
    public void SignedVector_Verifies(string set, string name)
    {
        PncVector v = PncVector.Load(set, name);
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith($"{v.MessageExi}: OK {v.MessageName}: signature valid", r.Stdout);
        Assert.Contains(v.NeedsCert ? "from --cert" : "from ", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Theory]
    [MemberData(nameof(TamperedCases))]
    public void TamperedVector_FailsWithItsReason(string set, string name, string kindAndReason)
    {
        PncVector v = PncVector.Load(set, name);
        string[] parts = kindAndReason.Split('|');
        string file = v.Tampered(parts[0]);
        CliResult r = CliRun.Run(v.VerifyArgs(file));

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith($"{file}: FAIL {v.MessageName}: {parts[1]}", line);
    }

    [Fact]
    public void ValidAndTampered_InOneRun_OneLineEach_Exit1()
    {
        PncVector v = PncVector.Load("iso2", "CertificateInstallationRes");
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi, v.Tampered("wrong_key")));

        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Single(r.ErrorLines);
    }

    [Theory]
    [InlineData("iso20", "trustAnchors_OEM.pem")]
    [InlineData("iso20_ed448", "trustAnchors_OEM.pem")]
    public void CertificateInstallationReq_WithOemRoot_ValidatesTheCarriedChain(string set, string anchor)
    {
        PncVector v = PncVector.Load(set, "CertificateInstallationReq");
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi, "--trust", PncFiles.Pki(set, "chains", anchor), "--at", PncFiles.ReferenceTime));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("chain valid for role OemProvisioning: WMIV1234567890ABCD <- OEMSubCA2 <- OEMSubCA1 <- OEMRootCA", r.Stdout);
        Assert.Contains("revocation not checked", r.Stdout);
    }

    [Fact]
    public void Iso2CertificateInstallationReq_CarriesNoSubCas_CertBundleSuppliesThem()
    {
        PncVector v = PncVector.Load("iso2", "CertificateInstallationReq");
        string anchors = PncFiles.Pki("iso2", "chains", "trustAnchors_OEM.pem");

        CliResult alone = CliRun.Run(v.VerifyArgs(v.MessageExi, "--trust", anchors, "--at", PncFiles.ReferenceTime));
        Assert.Equal(1, alone.ExitCode);
        Assert.Contains("chain refused for role OemProvisioning: IncompleteChain at leaf", alone.Stderr);

        CliResult withChain = CliRun.Run(v.VerifyArgs(
            v.MessageExi, "--trust", anchors, "--cert", PncFiles.Pki("iso2", "chains", "oemCertChain.pem"), "--at", PncFiles.ReferenceTime));
        Assert.True(withChain.ExitCode == 0, withChain.ToString());
        Assert.Contains("WMIV1234567890ABCD <- OEMSubCA2 <- OEMSubCA1 <- OEMRootCA", withChain.Stdout);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public void CertificateInstallationRes_WithV2GRoot_ValidatesTheCpsChain(string set)
    {
        PncVector v = PncVector.Load(set, "CertificateInstallationRes");
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi, "--trust", PncFiles.Pki(set, "certs", "V2GRootCA.pem"), "--at", PncFiles.ReferenceTime));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("chain valid for role Cps: CPS Leaf <- CPSSubCA2 <- CPSSubCA1 <- V2GRootCA", r.Stdout);
    }

    [Fact]
    public void CertificateInstallationRes_WithTheOemRootOnly_ChainRefused()
    {
        PncVector v = PncVector.Load("iso2", "CertificateInstallationRes");
        string oem = PncFiles.Pki("iso2", "chains", "trustAnchors_OEM.pem");
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi, "--trust", oem, "--at", PncFiles.ReferenceTime));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("FAIL CertificateInstallationRes: signature valid", r.Stderr);
        Assert.Contains("chain refused for role Cps: NoTrustAnchor", r.Stderr);
    }

    [Fact]
    public void AuthorizationReq_ContractChainWithCrls_PreferReportsEachAnswer()
    {
        PncVector v = PncVector.Load("iso2", "AuthorizationReq");
        string[] args =
        [
            "verify", "--schema", "iso2", v.MessageExi, "--cert", PncFiles.Pki("iso2", "chains", "contractCertChain.pem"),
            "--trust", PncFiles.Pki("iso2", "chains", "trustAnchors_MO.pem"), "--crl", PncFiles.Pki("iso2", "crl", "MOSubCA2.crl.der"),
            "--at", PncFiles.ReferenceTime,
        ];
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("chain valid for role Contract: DEABCC12345678 <- MOSubCA2 <- MOSubCA1 <- MORootCA", r.Stdout);
        Assert.Contains("revocation prefer: DEABCC12345678 good (CRL of MOSubCA2", r.Stdout);
        Assert.Contains("MOSubCA2 unknown", r.Stdout);

        CliResult required = CliRun.Run([.. args, "--require-revocation"]);
        Assert.Equal(1, required.ExitCode);
        Assert.Contains("chain refused for role Contract: RevocationUnknown at Sub-CA 2 'MOSubCA2'", required.Stderr);
    }

    [Theory]
    [InlineData("iso2", "ChargeParameterDiscoveryRes_SalesTariff")]
    [InlineData("iso20", "ScheduleExchangeRes_PriceLevelSchedule")]
    [InlineData("iso20_ed448", "ScheduleExchangeRes_PriceLevelSchedule")]
    public void Tariff_WithTrust_ValidatesTheMoSubCa2AsTariffSigner(string set, string name)
    {
        // VerifyArgs gives the vector's MOSubCA2 with --cert; the certs folder supplies MOSubCA1 and the MO root.
        PncVector v = PncVector.Load(set, name);
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi, "--trust", PncFiles.Pki(set, "certs"), "--at", PncFiles.ReferenceTime));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("chain valid for role TariffSigner", r.Stdout);
    }

    [Fact]
    public void SalesTariff_WithOnlyTheRootAsTrust_LacksTheSubCa1()
    {
        PncVector v = PncVector.Load("iso2", "ChargeParameterDiscoveryRes_SalesTariff");
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi, "--trust", PncFiles.Pki("iso2", "chains", "trustAnchors_MO.pem"), "--at", PncFiles.ReferenceTime));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("chain refused for role TariffSigner", r.Stderr);
    }

    [Theory]
    [InlineData("101112131415161718191A1B1C1D1E1F", 0, "GenChallenge matches")]
    [InlineData("00112233445566778899AABBCCDDEEFF", 1, "GenChallengeMismatch")]
    public void AuthorizationReq_GenChallenge_IsCompared(string challenge, int exit, string expected)
    {
        PncVector v = PncVector.Load("iso2", "AuthorizationReq");
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi, "--gen-challenge", challenge));

        Assert.True(r.ExitCode == exit, r.ToString());
        Assert.Contains(expected, exit == 0 ? r.Stdout : r.Stderr);
        Assert.DoesNotContain("GenChallenge not checked", r.Stdout + r.Stderr);
    }

    [Fact]
    public void AuthorizationReq_WithoutGenChallenge_SaysNotChecked()
    {
        PncVector v = PncVector.Load("iso20", "AuthorizationReq");
        CliResult r = CliRun.Run(v.VerifyArgs(v.MessageExi));

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("GenChallenge not checked", r.Stdout);
    }

    [Fact]
    public void SeveralCerts_TheOneThatVerifiesIsUsed()
    {
        PncVector v = PncVector.Load("iso2", "MeteringReceiptReq");
        string wrong = PncFiles.Pki("iso2", "certs", "SECCCert.pem");
        CliResult r = CliRun.Run("verify", "--schema", "iso2", v.MessageExi, "--cert", wrong, "--cert", v.CertificatePath);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("[signer: DEABCC12345678 from --cert]", r.Stdout);

        CliResult onlyWrong = CliRun.Run("verify", "--schema", "iso2", v.MessageExi, "--cert", wrong);
        Assert.Equal(1, onlyWrong.ExitCode);
        Assert.Contains("FAIL MeteringReceiptReq: SignatureInvalid", onlyWrong.Stderr);
    }

    [Fact]
    public void SignerNotCarried_WithoutCert_Fails()
    {
        PncVector v = PncVector.Load("iso2", "AuthorizationReq");
        CliResult r = CliRun.Run("verify", "--schema", "iso2", v.MessageExi);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("FAIL AuthorizationReq: the message does not carry the signer's contract certificate; give it with --cert", r.Stderr);
    }

    [Fact]
    public void UnsignedMessage_FailsWithMissingSignature()
    {
        string file = Path.Combine(SharedVectors.Root, "vectors", "captures", "iso2", "iso2-0030.exi");
        CliResult r = CliRun.Run("verify", "--schema", "iso2", file, "--cert", PncFiles.Pki("iso2", "certs", "ContractCert.pem"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(": FAIL ", r.Stderr);
    }

    [Fact]
    public void Capture_CertificateInstallationResOfAnotherStack_VerifiesWithTheCarriedCpsCertificate()
    {
        string file = Path.Combine(SharedVectors.Root, "vectors", "captures", "iso2", "iso2-0308.exi");
        CliResult r = CliRun.Run("verify", "--schema", "iso2", file);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("OK CertificateInstallationRes: signature valid (#ID1 ContractSignatureCertChain, #ID2 ContractSignatureEncryptedPrivateKey, "
            + "#ID3 DHpublickey, #ID4 eMAID): 4 references and the signature verify", r.Stdout);
        Assert.Contains("from SAProvisioningCertificateChain", r.Stdout);
    }

    [Fact]
    public void UndecodableFile_FailsWithTheDecodeErrorAndBitOffset()
    {
        using var dir = new TempDirectory();
        byte[] exi = File.ReadAllBytes(PncVector.Load("iso2", "CertificateInstallationReq").MessageExi);
        string file = dir.File("truncated.exi");
        File.WriteAllBytes(file, exi[..40]);
        CliResult r = CliRun.Run("verify", "--schema", "iso2", file);

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith($"{file}: FAIL (undecoded): decode error", line);
        Assert.Contains("bit", line);
    }

    [Fact]
    public void MissingFile_FailsWithoutStoppingTheOthers()
    {
        PncVector v = PncVector.Load("iso2", "CertificateInstallationReq");
        CliResult r = CliRun.Run("verify", "--schema", "iso2", "no-such-file.exi", v.MessageExi);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no-such-file.exi: FAIL (undecoded): cannot read input", r.Stderr);
        Assert.Contains("OK CertificateInstallationReq", r.Stdout);
    }

    [Theory]
    [InlineData("verify", "--schema", "din", "x.exi")]
    [InlineData("verify", "--schema", "iso2")]
    [InlineData("verify", "x.exi")]
    [InlineData("verify", "--schema", "iso2", "x.exi", "--crl", "a.crl")]
    [InlineData("verify", "--schema", "iso2", "x.exi", "--trust", "t.pem", "--at", "yesterday")]
    [InlineData("verify", "--schema", "iso2", "x.exi", "--gen-challenge", "XYZ")]
    [InlineData("verify", "--schema", "iso2", "x.exi", "--bogus")]
    public void UsageErrors_Exit2(params string[] args)
    {
        CliResult r = CliRun.Run(args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith("v2g: ", r.Stderr);
    }

    [Fact]
    public void UnsignedSchema_UsageErrorNamesTheSignedOnes()
    {
        CliResult r = CliRun.Run("verify", "--schema", "iso20-dc", "x.exi");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("schema 'iso20-dc' has no signed messages; 'verify' works on iso2, iso20-common (alias iso20)", r.Stderr);
    }
}
