using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace V2G.Cli.Tests;

public class SecurityCertTests
{
    /// <summary>The rule each broken certificate of the manifest is refused with (as the library's own tests expect).</summary>
    private static readonly Dictionary<string, string> ExpectedRule = new()
    {
        ["ContractCert_expired"] = "Expired",
        ["ContractCert_notYetValid"] = "NotYetValid",
        ["SECCCert_wrongKeyUsage"] = "LeafKeyUsage",
        ["SECCCert_badSignature"] = "Signature",
        ["ContractCert_wrongIssuer"] = "IssuerNameMismatch",
        ["ContractCert_signedByWrongKey"] = "Signature",
        ["SECCCert_issuedByNonCA"] = "IssuerNotCa",
        ["SECCCert_issuedByNoBC"] = "IssuerNotCa",
        ["SECCCert_pathLenViolation"] = "PathLength",
        ["ContractCert_issuerNoKeyCertSign"] = "IssuerKeyUsage",
        ["SECCCert_wrongDomainComponent"] = "DomainComponent",
    };

    public static TheoryData<string, string, string, string> ValidChains()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string set in PncFiles.Sets)
        {
            data.Add(set, "contractCertChain.pem", "contract", "trustAnchors_MO.pem");
            data.Add(set, "contractCertNewChain.pem", "contract", "trustAnchors_MO.pem");
            data.Add(set, "contractCert2Chain.pem", "contract", "trustAnchors_MO.pem");
            data.Add(set, "cpoCertChain.pem", "secc", "trustAnchors_V2G.pem");
            data.Add(set, "cpsCertChain.pem", "cps", "trustAnchors_V2G.pem");
            data.Add(set, "oemCertChain.pem", "oem", "trustAnchors_OEM.pem");
        }

        return data;
    }

    public static TheoryData<string, string> BrokenLeaves()
    {
        var data = new TheoryData<string, string>();
        foreach (string set in PncFiles.Sets)
        {
            foreach (string name in ExpectedRule.Keys)
            {
                data.Add(set, name);
            }
        }

        return data;
    }

    private static string[] Verify(string set, string role, string anchor, params string[] rest) =>
        ["cert", "verify", "--role", role, "--trust", PncFiles.Pki(set, "chains", anchor), "--at", PncFiles.ReferenceTime, .. rest];

    [Theory]
    [MemberData(nameof(ValidChains))]
    public void ValidChain_IsAccepted_WithItsPath(string set, string chain, string role, string anchor)
    {
        string file = PncFiles.Pki(set, "chains", chain);
        CliResult r = CliRun.Run(Verify(set, role, anchor, file));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith($"{file}: valid for role ", r.Stdout);
        Assert.Contains(" <- ", r.Stdout);
        Assert.Contains("revocation not checked", r.Stdout);
    }

    [Theory]
    [MemberData(nameof(BrokenLeaves))]
    public void BrokenCertificate_IsRefused_WithItsRule(string set, string name)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(PncFiles.Pki(set, "manifest.json")));
        JsonElement entry = manifest.RootElement.GetProperty("broken").GetProperty(name);
        var files = new List<string> { PncFiles.Pki(set, entry.GetProperty("file").GetString()!) };
        foreach (JsonElement sub in entry.GetProperty("validate_with_chain").EnumerateArray())
        {
            string certs = PncFiles.Pki(set, "certs", sub.GetString() + ".pem");
            files.Add(File.Exists(certs) ? certs : PncFiles.Pki(set, "broken", sub.GetString() + ".pem"));
        }

        string anchor = entry.GetProperty("trust_anchor").GetString()!;
        string role = name.StartsWith("SECC", System.StringComparison.Ordinal) ? "secc" : "contract";
        string trust = PncFiles.Pki(set, "certs", anchor + ".pem");
        string[] args = ["cert", "verify", "--role", role, "--trust", trust, "--at", PncFiles.ReferenceTime, .. files];
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        string line = Assert.Single(r.ErrorLines);
        Assert.Contains($": invalid for role ", line);
        Assert.Contains($"): {ExpectedRule[name]} at ", line);
    }

    [Theory]
    [InlineData("iso2", "--crl", "crl/MOSubCA2.crl.der")]
    [InlineData("iso2", "--ocsp", "ocsp/ContractCert2_revoked.resp.der")]
    [InlineData("iso20", "--crl", "crl/MOSubCA2.crl.der")]
    [InlineData("iso20", "--ocsp", "ocsp/ContractCert2_revoked.resp.der")]
    [InlineData("iso20_ed448", "--crl", "crl/MOSubCA2.crl.der")]
    [InlineData("iso20_ed448", "--ocsp", "ocsp/ContractCert2_revoked.resp.der")]
    public void RevokedContractCert2_IsRefused(string set, string option, string source)
    {
        string chain = PncFiles.Pki(set, "chains", "contractCert2Chain.pem");
        CliResult r = CliRun.Run(Verify(set, "contract", "trustAnchors_MO.pem", option, PncFiles.Pki(set, source), chain));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("invalid for role Contract", r.Stderr);
        Assert.Contains("Revoked at leaf 'DEABCC87654321'", r.Stderr);
        Assert.Contains("KeyCompromise", r.Stderr);
    }

    [Fact]
    public void GoodOcsp_IsReported_AndRequireNeedsEveryCertificate()
    {
        string chain = PncFiles.Pki("iso2", "chains", "contractCertChain.pem");
        string ocsp = PncFiles.Pki("iso2", "ocsp", "ContractCert_good.resp.der");
        CliResult prefer = CliRun.Run(Verify("iso2", "contract", "trustAnchors_MO.pem", "--ocsp", ocsp, chain));
        Assert.True(prefer.ExitCode == 0, prefer.ToString());
        Assert.Contains("revocation prefer: DEABCC12345678 good (OCSP", prefer.Stdout);

        CliResult require = CliRun.Run(Verify("iso2", "contract", "trustAnchors_MO.pem", "--ocsp", ocsp, "--require-revocation", chain));
        Assert.Equal(1, require.ExitCode);
        Assert.Contains("RevocationUnknown at Sub-CA 2 'MOSubCA2'", require.Stderr);

        string[] crls = ["--crl", PncFiles.Pki("iso2", "crl", "MOSubCA2.crl.der"), "--crl", PncFiles.Pki("iso2", "crl", "MOSubCA1.crl.der"),
            "--crl", PncFiles.Pki("iso2", "crl", "MORootCA.crl.der")];
        CliResult all = CliRun.Run(Verify("iso2", "contract", "trustAnchors_MO.pem", [.. crls, "--require-revocation", chain]));
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Contains("revocation require:", all.Stdout);
    }

    [Fact]
    public void SeparateFilesAndDerInputs_AndTrustDirectory()
    {
        CliResult r = CliRun.Run("cert", "verify", "--role", "secc", "--profile", "iso2", "--trust", PncFiles.Pki("iso2", "certs"),
            "--at", "1767225600", PncFiles.Pki("iso2", "certs", "SECCCert.der"), PncFiles.Pki("iso2", "certs", "CPOSubCA2.der"));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("DE*ABC*E123456789 <- CPOSubCA2 <- CPOSubCA1 <- V2GRootCA at 2026-01-01T00:00:00Z", r.Stdout);
    }

    [Theory]
    [InlineData("secc", "contractCertChain.pem", "trustAnchors_MO.pem", "NoTrustAnchor")]
    [InlineData("contract", "contractCertChain.pem", "trustAnchors_V2G.pem", "UntrustedRoot")]
    [InlineData("oem", "cpoCertChain.pem", "trustAnchors_V2G.pem", "NoTrustAnchor")]
    public void WrongRoleOrAnchor_IsRefused(string role, string chain, string anchor, string rule)
    {
        CliResult r = CliRun.Run(Verify("iso2", role, anchor, PncFiles.Pki("iso2", "chains", chain)));

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains($"): {rule} at ", r.Stderr);
    }

    [Fact]
    public void WrongProfile_IsRefused()
    {
        string chain = PncFiles.Pki("iso2", "chains", "contractCertChain.pem");
        CliResult r = CliRun.Run(Verify("iso2", "contract", "trustAnchors_MO.pem", "--profile", "iso20", chain));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("(profile Iso20Secp521): Profile", r.Stderr);
    }

    [Fact]
    public void Inspect_ContractCert_ShowsTheEmaidAndTheChecks()
    {
        string file = PncFiles.Pki("iso2", "certs", "ContractCert.pem");
        CliResult r = CliRun.Run("cert", "inspect", file);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("eMAID:      DEABCC12345678 (separated DE-ABC-C12345678, with check digit DEABCC12345678", r.Stdout);
        Assert.Contains("role guess: Contract", r.Stdout);
        Assert.Contains("curve secp256r1", r.Stdout);
        Assert.Contains("check pass ContractIdentifier", r.Stdout);
        Assert.DoesNotContain("check FAIL", r.Stdout);
        Assert.Contains(".test.invalid", r.Stdout);
    }

    [Theory]
    [InlineData("SECCCert.pem", "EVSEID:     DE*ABC*E123456789")]
    [InlineData("OEMProvCert.pem", "PCID:       WMIV1234567890ABCD (WMI WMI")]
    public void Inspect_OtherLeaves_ShowTheirIdentifiers(string cert, string expected)
    {
        CliResult r = CliRun.Run("cert", "inspect", PncFiles.Pki("iso20", "certs", cert));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(expected, r.Stdout);
    }

    [Fact]
    public void Inspect_BundleAndBrokenCertificate_ReportsEachAndFailedChecks()
    {
        string chain = PncFiles.Pki("iso2", "chains", "cpoCertChain.pem");
        string broken = PncFiles.Pki("iso2", "broken", "SECCCert_wrongDomainComponent.pem");
        CliResult r = CliRun.Run("cert", "inspect", "--at", PncFiles.ReferenceTime, chain, broken);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(chain + " [1/3]", r.Stdout);
        Assert.Contains(chain + " [3/3]", r.Stdout);
        Assert.Contains("check FAIL ", r.Stdout);
    }

    [Fact]
    public void Inspect_Json_IsAnArrayWithTheEmaid()
    {
        CliResult r = CliRun.Run("cert", "inspect", "--format", "json", PncFiles.Pki("iso20_ed448", "certs", "ContractCert.der"));

        Assert.True(r.ExitCode == 0, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        JsonElement cert = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Contract", cert.GetProperty("roleGuess").GetString());
        Assert.Contains(cert.GetProperty("identifiers").EnumerateArray(),
            i => i.GetProperty("kind").GetString() == "eMAID" && i.GetProperty("valid").GetBoolean());
        Assert.All(cert.GetProperty("checks").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean(), c.ToString()));
    }

    [Fact]
    public void Inspect_NotACertificate_Exit1()
    {
        CliResult r = CliRun.Run("cert", "inspect", PncFiles.Pki("iso2", "keys", "ContractCert.key.pem"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("the PEM file holds no CERTIFICATE block", r.Stderr);
    }

    [Theory]
    [InlineData("cert")]
    [InlineData("cert", "frob")]
    [InlineData("cert", "verify", "--trust", "t.pem", "leaf.pem")]
    [InlineData("cert", "verify", "--role", "cpo", "--trust", "t.pem", "leaf.pem")]
    [InlineData("cert", "verify", "--role", "secc", "leaf.pem")]
    [InlineData("cert", "verify", "--role", "secc", "--trust", "t.pem")]
    [InlineData("cert", "verify", "--role", "secc", "--profile", "iso3", "--trust", "t.pem", "leaf.pem")]
    [InlineData("cert", "verify", "--role", "secc", "--trust", "t.pem", "--format", "json", "leaf.pem")]
    [InlineData("cert", "inspect")]
    [InlineData("cert", "inspect", "--role", "secc", "x.pem")]
    [InlineData("cert", "inspect", "--format", "yaml", "x.pem")]
    public void UsageErrors_Exit2(params string[] args)
    {
        CliResult r = CliRun.Run(args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith("v2g: ", r.Stderr);
    }

    [Theory]
    [InlineData("verify", "--help")]
    [InlineData("sign", "-h")]
    [InlineData("cert", "--help")]
    [InlineData("cert", "verify", "--help")]
    [InlineData("cert", "inspect", "-h")]
    public void CommandHelp_ShowsItsOwnOptionsAndExamples(params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 0, r.ToString());
        string command = string.Join(' ', args.Where(a => !a.StartsWith('-')));
        Assert.Contains("Usage:\n  v2g " + command, r.Stdout);
        Assert.DoesNotContain("v2g decode", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void GeneralHelp_ListsThePlugAndChargeCommands()
    {
        string help = CliRun.Run("--help").Stdout;
        Assert.Contains("v2g verify --schema iso2|iso20-common", help);
        Assert.Contains("v2g sign --schema", help);
        Assert.Contains("v2g cert verify --role", help);
        Assert.Contains("v2g cert inspect", help);
    }
}
