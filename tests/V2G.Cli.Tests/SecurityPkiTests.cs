using System.IO;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Csr;
using Xunit;

namespace V2G.Cli.Tests;

public class SecurityPkiTests
{
    [Theory]
    [InlineData("iso2", SecurityProfile.Iso2)]
    [InlineData("iso20-ed448", SecurityProfile.Iso20Ed448)]
    public void Init_ThenIssue_GivesALeafThatCertVerifyAccepts(string profileName, SecurityProfile profile)
    {
        using var temp = new TempDirectory();
        string dir = temp.File("pki");
        CliResult init = CliRun.Run("pki", "init", "--dir", dir, "--profile", profileName, "--broken");
        Assert.True(init.ExitCode == 0, init.Stderr);
        Assert.True(File.Exists(Path.Combine(dir, "broken", "SECCCert_badSignature.pem")));

        V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, profile, "CN=DE*ABC*E999,O=Test,C=DE,DC=CPO", out CsrPrivateKey key);
        key.Dispose();
        File.WriteAllText(temp.File("secc.csr.pem"), csr.Pem);
        CliResult issue = CliRun.Run("pki", "issue", "--dir", dir, "--ca", "CPOSubCA2", "--role", "secc",
            "--csr", temp.File("secc.csr.pem"), "--out", temp.File("secc.pem"));
        Assert.True(issue.ExitCode == 0, issue.Stderr);

        CliResult verify = CliRun.Run("cert", "verify", "--role", "secc", "--trust", Path.Combine(dir, "chains", "trustAnchors_V2G.pem"),
            temp.File("secc.pem"), Path.Combine(dir, "certs", "CPOSubCA2.pem"), Path.Combine(dir, "certs", "CPOSubCA1.pem"));
        Assert.True(verify.ExitCode == 0, verify.Stderr);
    }

    [Fact]
    public void Issue_WithTheWrongCaForTheRole_Exits1()
    {
        using var temp = new TempDirectory();
        string dir = temp.File("pki");
        Assert.Equal(0, CliRun.Run("pki", "init", "--dir", dir, "--profile", "iso2").ExitCode);
        V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, SecurityProfile.Iso2, "CN=DE*ABC*E999,O=Test,C=DE,DC=CPO", out CsrPrivateKey key);
        key.Dispose();
        File.WriteAllText(temp.File("secc.csr.pem"), csr.Pem);

        CliResult issue = CliRun.Run("pki", "issue", "--dir", dir, "--ca", "MOSubCA2", "--role", "secc",
            "--csr", temp.File("secc.csr.pem"), "--out", temp.File("secc.pem"));

        Assert.Equal(1, issue.ExitCode);
        Assert.Contains("IssuedChainInvalid", issue.Stderr);
    }

    [Fact]
    public void Init_WithoutProfile_Exits2_AndHelpExits0()
    {
        Assert.Equal(2, CliRun.Run("pki", "init", "--dir", "x").ExitCode);
        CliResult help = CliRun.Run("pki", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("v2g pki issue", help.Stdout);
    }
}
