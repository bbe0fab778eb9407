using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using V2G.Cli.Commands;
using V2G.Cli.Demo;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>The Plug'n'Charge session of <c>v2g demo</c>: its messages, the check lines, the refusal, and a failing check failing the demo.</summary>
public class DemoPncTests
{
    private static readonly XNamespace Ds = "http://www.w3.org/2000/09/xmldsig#";
    private static readonly XNamespace Iso2Body = "urn:iso:15118:2:2013:MsgBody";
    private static readonly XNamespace Iso20Common = "urn:iso:std:iso:15118:-20:CommonMessages";

    /// <summary>The check lines each Plug'n'Charge step prints, in step order.</summary>
    private static readonly string[][] ExpectedCheckLines =
    [
        ["verification: CertificateInstallationReq signature (OEM provisioning certificate", "verification: OEM provisioning chain"],
        [
            "verification: CPS certificate chain", "verification: CertificateInstallationRes signature (CPS leaf",
            "verification: contract private key", "verification: new contract certificate chain",
        ],
        ["verification: contract certificate chain"],
        [],
        ["verification: AuthorizationReq signature"],
        ["expected refusal: AuthorizationReq against another GenChallenge"],
        ["verification: SalesTariff signature"],
        ["verification: MeteringReceiptReq signature"],
        [],
        ["verification: CertificateInstallationReq signature (OEM provisioning certificate", "verification: OEM provisioning chain"],
        [
            "verification: CPS certificate chain", "verification: CertificateInstallationRes signature (CPS leaf",
            "verification: contract private key", "verification: new contract certificate chain",
        ],
        ["verification: contract certificate chain", "verification: AuthorizationReq signature"],
        ["verification: MeteringConfirmationReq signature"],
    ];

    [Fact]
    public void Demo_Exit0_PncSessionLastWithItsMessagesAndSchemas()
    {
        CliResult r = DemoTests.DemoRun.Value;
        List<DemoStepOutput> steps = PncSteps();

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("== session: " + DemoTests.PncSessionTitle, r.Stdout);
        Assert.Equal(DemoTests.ExpectedPncMessages, steps.Select(s => DemoTests.MessageName(XDocument.Parse(s.Xml).Root!)));
        Assert.Equal([.. Enumerable.Repeat("iso2", 8), .. Enumerable.Repeat("iso20-common", 5)], steps.Select(s => s.Schema));
        Assert.Equal(DemoSteps.All.Count(s => s.IsCheck), steps[^1].Number);
    }

    [Fact]
    public void PncSteps_PrintTheirChecksAfterTheRoundTrip_EveryVerificationVerified()
    {
        List<DemoStepOutput> steps = PncSteps();

        Assert.Equal(ExpectedCheckLines.Length, steps.Count);
        foreach ((DemoStepOutput step, string[] expected) in steps.Zip(ExpectedCheckLines))
        {
            string[] checks = CheckLines(step).ToArray();
            Assert.Equal(expected.Length, checks.Length);
            Assert.All(expected.Zip(checks), pair => Assert.StartsWith(pair.First, pair.Second));
            int bytesMatch = Array.IndexOf(step.Lines.ToArray(), "bytes match: yes");
            Assert.All(checks, c => Assert.True(Array.IndexOf(step.Lines.ToArray(), c) > bytesMatch, $"step {step.Number}: {c}"));
        }

        string[] verifications =
            steps.SelectMany(CheckLines).Where(l => l.StartsWith(DemoCheck.VerificationPrefix, StringComparison.Ordinal)).ToArray();
        Assert.Equal(19, verifications.Length);
        Assert.All(verifications, l => Assert.Matches(@"^verification: .+\): verified \(.+\)$", l));
        Assert.Equal(2, verifications.Count(l => l.Contains("GenChallenge matches", StringComparison.Ordinal)));
        Assert.Contains(verifications, l => l.Contains("DEV2GC12345678 <- MOSubCA2 <- MOSubCA1 <- MORootCA; eMAID DEV2GC12345678 is the leaf's CN"));
        Assert.DoesNotContain(DemoTests.DemoRun.Value.Stdout.Split('\n'), l => l.Contains("FAILED", StringComparison.Ordinal));
    }

    [Fact]
    public void ReplayedAuthorizationReq_PrintedAsExpectedRefusal_GenChallengeMismatch()
    {
        string[] refusals = PncSteps().SelectMany(CheckLines).Where(l => l.StartsWith(DemoCheck.RefusalPrefix, StringComparison.Ordinal)).ToArray();

        string refusal = Assert.Single(refusals);
        Assert.StartsWith("expected refusal: AuthorizationReq against another GenChallenge: refused (GenChallengeMismatch: ", refusal);
        Assert.Single(DemoTests.DemoRun.Value.Stdout.Split('\n'), l => l.StartsWith(DemoCheck.RefusalPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void SignedMessages_CarryTheProfilesSignatureMethod_AndTheChargersGenChallenge()
    {
        List<XElement> roots = PncSteps().Select(s => XDocument.Parse(s.Xml).Root!).ToList();
        string[] methods = roots.Select(r => r.Descendants(Ds + "SignatureMethod").SingleOrDefault()?.Attribute("Algorithm")?.Value ?? "-").ToArray();
        string iso2Challenge = roots[3].Descendants(Iso2Body + "GenChallenge").Single().Value;
        string iso20Challenge = roots[8].Descendants(Iso20Common + "GenChallenge").Single().Value;
        const string Sha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
        const string Sha512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512";

        Assert.Equal([Sha256, Sha256, "-", "-", Sha256, Sha256, Sha256, Sha256, "-", Sha512, Sha512, Sha512, Sha512], methods);
        Assert.Equal(16, Convert.FromBase64String(iso2Challenge).Length);
        Assert.Equal(16, Convert.FromBase64String(iso20Challenge).Length);
        Assert.Equal(iso2Challenge, roots[4].Descendants(Iso2Body + "GenChallenge").Single().Value);
        Assert.Equal(iso20Challenge, roots[11].Descendants(Iso20Common + "GenChallenge").Single().Value);
        Assert.NotEqual(iso2Challenge, iso20Challenge);
    }

    [Fact]
    public void FailingCheck_FailsTheStepAndTheDemo()
    {
        RoundTripStep passing = CodecSteps.AppProtocol("supportedAppProtocolReq: always round-trips", () => AppProtocolSamples.Request());
        IDemoStep[] steps =
        [
            new CheckedMessageStep(passing, () => [DemoCheck.Verification("signature", true, "ok")]),
            new CheckedMessageStep(passing, () => [DemoCheck.Verification("signature", false, "SignatureInvalid: bad")]),
        ];
        var stdout = new StringWriter { NewLine = "\n" };

        int exit = DemoCommand.Run(steps, new CliConsole(new MemoryStream(), stdout, new StringWriter()));

        Assert.Equal(1, exit);
        Assert.Contains("verification: signature: FAILED (SignatureInvalid: bad)\n", stdout.ToString());
        Assert.Contains("demo: 1 of 2 steps failed", stdout.ToString());
    }

    [Theory]
    [InlineData(null, false, "NOT refused")]
    [InlineData("SignatureInvalid", false, "refused for SignatureInvalid, not GenChallengeMismatch")]
    [InlineData("GenChallengeMismatch", true, "refused (GenChallengeMismatch: why)")]
    public void Refusal_PassesOnlyForTheExpectedReason(string? actual, bool passes, string shown)
    {
        DemoCheck check = DemoCheck.Refusal("replay", "GenChallengeMismatch", actual, "why");

        Assert.Equal(passes, check.Passed);
        Assert.StartsWith("expected refusal: replay: " + shown, check.Line);
    }

    [Fact]
    public void ContractChainCheck_RefusesAStatedEmaidOtherThanTheCn_AndUnreadableCertificates()
    {
        using GeneratedPki pki = new TestPkiBuilder(V2G.Security.SecurityProfile.Iso2, DateTimeOffset.UtcNow).Build();
        byte[][] subs = [pki.Contract.SubCa2.RawData, pki.Contract.SubCa1.RawData];

        DemoCheck valid = PncChecks.ContractChain(pki, pki.Contract.Leaf.RawData, subs, TestPkiBuilder.DefaultEmaid);
        DemoCheck otherEmaid = PncChecks.ContractChain(pki, pki.Contract.Leaf.RawData, subs, "DEV2GC00000001");
        DemoCheck garbage = PncChecks.ContractChain(pki, [0x30, 0x03, 0x02, 0x01, 0x01], subs, null);
        DemoCheck seccChain = PncChecks.ContractChain(pki, pki.Secc.Leaf.RawData, [pki.Secc.SubCa2.RawData, pki.Secc.SubCa1.RawData], null);

        Assert.True(valid.Passed, valid.Line);
        Assert.False(otherEmaid.Passed);
        Assert.Contains("the stated eMAID DEV2GC00000001 is not the certificate's CN DEV2GC12345678", otherEmaid.Line);
        Assert.False(garbage.Passed);
        Assert.Contains("cannot be read", garbage.Line);
        Assert.False(seccChain.Passed);
        Assert.Contains("UntrustedRoot", seccChain.Line);
    }

    private static List<DemoStepOutput> PncSteps() =>
        DemoTranscript.Parse(DemoTests.DemoRun.Value.Stdout).Where(s => s.Session == DemoTests.PncSessionTitle).ToList();

    private static IEnumerable<string> CheckLines(DemoStepOutput step) => step.Lines.Where(l =>
        l.StartsWith(DemoCheck.VerificationPrefix, StringComparison.Ordinal) || l.StartsWith(DemoCheck.RefusalPrefix, StringComparison.Ordinal));
}
