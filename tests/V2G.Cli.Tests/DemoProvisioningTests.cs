using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Xml.Linq;
using V2G.Cli.Demo;
using V2G.Messages.Iso2;
using V2G.Security;
using V2G.Security.Provisioning;
using V2G.Security.Signatures.Crypto;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>The CertificateInstallation of the Plug'n'Charge session: the EV installs a contract, then authorizes with it.</summary>
public class DemoProvisioningTests
{
    private static readonly XNamespace Iso2Body = "urn:iso:15118:2:2013:MsgBody";

    [Fact]
    public void Iso2Installation_RequestAndResponseChecksVerified_ThenPaymentDetailsCarriesTheInstalledContract()
    {
        List<DemoStepOutput> steps = PncSteps();
        DemoStepOutput request = steps[0], response = steps[1], paymentDetails = steps[2];

        Assert.StartsWith("CertificateInstallationReq: the EV has no contract yet", request.Title);
        Assert.StartsWith("CertificateInstallationRes: ", response.Title);
        Assert.Equal(["iso2", "iso2"], new[] { request.Schema, response.Schema });
        Assert.Equal(2, Verifications(request).Length);
        Assert.Equal(4, Verifications(response).Length);
        Assert.All(Verifications(request).Concat(Verifications(response)), l => Assert.Matches(@"^verification: .+: verified \(.+\)$", l));
        Assert.Contains(Verifications(request), l => l.EndsWith("(WMIV2G1234567890AB <- OEMSubCA2 <- OEMSubCA1 <- OEMRootCA)"));
        Assert.Contains(Verifications(response), l => l.EndsWith("(CPS Leaf <- CPSSubCA2 <- CPSSubCA1 <- V2GRootCA)"));
        Assert.Contains(Verifications(response), l => l.EndsWith("verified (Iso2, 4 reference(s))"));
        Assert.Contains(Verifications(response), l => l.Contains("d·G equals the public key of the contract certificate"));

        XElement installed = XDocument.Parse(response.Xml).Root!.Descendants(Iso2Body + "CertificateInstallationRes").Single();
        XElement presented = XDocument.Parse(paymentDetails.Xml).Root!.Descendants(Iso2Body + "PaymentDetailsReq").Single();
        Assert.Equal(ContractCertificate(installed), ContractCertificate(presented));
        Assert.Equal(installed.Element(Iso2Body + "eMAID")!.Value, presented.Element(Iso2Body + "eMAID")!.Value);
    }

    [Fact]
    public void Iso20Installation_AfterAuthorizationSetupOffersIt_ChecksVerified_ThenAuthorizationReqCarriesTheInstalledContract()
    {
        List<DemoStepOutput> steps = PncSteps();
        DemoStepOutput setup = steps[8], request = steps[9], response = steps[10], authorization = steps[11];

        Assert.Equal("true", XDocument.Parse(setup.Xml).Root!.Elements().Single(e => e.Name.LocalName == "CertificateInstallationService").Value);
        Assert.Equal(["CertificateInstallationReq", "CertificateInstallationRes"], new[] { request, response }.Select(RootName));
        Assert.Equal(["iso20-common", "iso20-common"], new[] { request.Schema, response.Schema });
        Assert.Equal(2, Verifications(request).Length);
        Assert.Equal(4, Verifications(response).Length);
        Assert.All(Verifications(request).Concat(Verifications(response)), l => Assert.Matches(@"^verification: .+: verified \(.+\)$", l));
        Assert.Contains(Verifications(request), l => l.EndsWith("(WMIV2G1234567890AB <- OEMSubCA2 <- OEMSubCA1 <- OEMRootCA)"));
        Assert.Contains(Verifications(response), l => l.EndsWith("(CPS Leaf <- CPSSubCA2 <- CPSSubCA1 <- V2GRootCA)"));
        Assert.Contains(Verifications(response), l => l.Contains("AES-256-GCM, AAD = PCID WMIV2G1234567890AB || SKI): verified (Iso20Secp521: d·G"));

        XElement installed = XDocument.Parse(response.Xml).Root!.Descendants().Single(e => e.Name.LocalName == "ContractCertificateChain");
        XElement presented = XDocument.Parse(authorization.Xml).Root!.Descendants().Single(e => e.Name.LocalName == "ContractCertificateChain");
        Assert.Equal(LocalValue(installed, "Certificate"), LocalValue(presented, "Certificate"));
    }

    [Fact]
    public void BackEndVerification_OfARequestAgainstAnotherOemRoot_Fails()
    {
        using GeneratedPki car = new TestPkiBuilder(SecurityProfile.Iso2, DateTimeOffset.UtcNow).Build();
        using GeneratedPki other = new TestPkiBuilder(SecurityProfile.Iso2, DateTimeOffset.UtcNow).Build();
        ProvisioningResult<V2G_Message> request = Iso2CertificateRequests.BuildInstallationReq(Iso2Session.SessionId(),
            car.OemProvisioning.Leaf.Certificate, [car.V2GRoot.Certificate], new EcdsaSigner(car.OemProvisioning.Leaf.PrivateKey));
        Assert.True(request.IsSuccess, request.ToString());
        ProvisioningTrust foreign = PncProvisioningChecks.OemTrust(other);
        Iso2Document received = Iso2Codec.Decode(Iso2Codec.Encode(request.Value));

        DemoCheck check = PncProvisioningChecks.BackEndVerification(
            "OEM chain", Iso2ProvisioningBackend.VerifyInstallationReq(received, foreign), foreign);

        Assert.False(check.Passed);
        Assert.StartsWith("verification: OEM chain: FAILED (OemProvisioningChainInvalid: ", check.Line);
    }

    [Fact]
    public void FailedInstallation_FailsBothCarChecks_AndLeavesNoContractToAuthorizeWith()
    {
        ProvisioningResult<InstalledContract> refused =
            ProvisioningResult<InstalledContract>.Fail(ProvisioningFailureKind.CpsChainInvalid, "CPS certificate chain: UntrustedRoot");
        using GeneratedPki pki = new TestPkiBuilder(SecurityProfile.Iso2, DateTimeOffset.UtcNow).Build();

        IReadOnlyList<DemoCheck> checks = PncProvisioningChecks.Installation("contract key", refused, PncProvisioningChecks.ContractTrust(pki));

        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.False(c.Passed));
        Assert.All(checks, c => Assert.Contains("FAILED (contract not installed: CpsChainInvalid: CPS certificate chain: UntrustedRoot)", c.Line));
        CryptographicException e = Assert.Throws<CryptographicException>(() => PncProvisioningChecks.Require(refused));
        Assert.Contains("the car has no contract: CpsChainInvalid", e.Message);
    }

    private static string ContractCertificate(XElement body) =>
        body.Element(Iso2Body + "ContractSignatureCertChain")!.Elements().Single(e => e.Name.LocalName == "Certificate").Value;

    private static string RootName(DemoStepOutput step) => XDocument.Parse(step.Xml).Root!.Name.LocalName;

    private static string LocalValue(XElement parent, string localName) => parent.Elements().Single(e => e.Name.LocalName == localName).Value;

    private static string[] Verifications(DemoStepOutput step) =>
        step.Lines.Where(l => l.StartsWith(DemoCheck.VerificationPrefix, StringComparison.Ordinal)).ToArray();

    private static List<DemoStepOutput> PncSteps() =>
        DemoTranscript.Parse(DemoTests.DemoRun.Value.Stdout).Where(s => s.Session == DemoTests.PncSessionTitle).ToList();
}
