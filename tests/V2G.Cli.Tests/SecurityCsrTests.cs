using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Xunit;

namespace V2G.Cli.Tests;

public class SecurityCsrTests
{
    public static TheoryData<string, string, string> Requests()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string profile in new[] { "iso2", "iso20", "iso20-ed448" })
        {
            data.Add("secc", profile, "CN=DE*ABC*E123456789,O=Test CPO,C=DE,DC=CPO");
            data.Add("contract", profile, "CN=DEABCC12345678,O=Test MO,C=DE,DC=MO");
            data.Add("oem", profile, "CN=WMIV1234567890ABCD,O=Test OEM,C=DE,DC=OEM");
        }

        return data;
    }

    private static CliResult Csr(TempDirectory dir, string role, string profile, string subject) =>
        CliRun.Run("csr", "--role", role, "--profile", profile, "--subject", subject, "--key-out", dir.File("key.pem"), "--out", dir.File("csr.pem"));

    [Theory]
    [MemberData(nameof(Requests))]
    public void Csr_passes_openssl_req_verify_and_carries_the_subject(string role, string profile, string subject)
    {
        using var dir = new TempDirectory();
        CliResult r = Csr(dir, role, profile, subject);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("-----BEGIN PRIVATE KEY-----", File.ReadAllText(dir.File("key.pem")));

        (int exit, string output) = OpenSsl("req", "-verify", "-noout", "-subject", "-in", dir.File("csr.pem"));
        Assert.True(exit == 0, output);
        Assert.Contains("verify OK", output);
        string cn = subject.Split(',')[0][3..];
        Assert.Contains(cn, output);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public void Csr_key_out_holds_the_requested_public_key(string profile)
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, Csr(dir, "contract", profile, "CN=DEABCC12345678,O=Test MO,C=DE,DC=MO").ExitCode);
        using ECDsa key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(dir.File("key.pem")));
        CertificateRequest request = CertificateRequest.LoadSigningRequestPem(
            File.ReadAllText(dir.File("csr.pem")), HashAlgorithmName.SHA256, CertificateRequestLoadOptions.Default);
        Assert.Equal(key.ExportSubjectPublicKeyInfo(), request.PublicKey.ExportSubjectPublicKeyInfo());
        Assert.Equal(profile == "iso2" ? 256 : 521, key.KeySize);
    }

    [Theory]
    [InlineData("secc", "CN=DEABCC12345678,O=Test MO,C=DE,DC=MO", "WrongDomainComponent:")]
    [InlineData("contract", "CN=not-an-emaid,O=Test MO,C=DE,DC=MO", "InvalidIdentifier:")]
    [InlineData("oem", "CN=WMIV1234567890ABCD,O=Test OEM,C=DE", "InvalidSubject: DC is required")]
    public void Csr_refuses_a_subject_that_does_not_fit_the_role(string role, string subject, string kind)
    {
        using var dir = new TempDirectory();
        CliResult r = Csr(dir, role, "iso2", subject);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("v2g csr: error: " + kind, Assert.Single(r.ErrorLines));
        Assert.False(File.Exists(dir.File("csr.pem")));
        Assert.False(File.Exists(dir.File("key.pem")));
    }

    [Theory]
    [InlineData("csr", "--role", "cps", "--profile", "iso2", "--subject", "CN=x", "--key-out", "k", "--out", "c")]
    [InlineData("csr", "--role", "secc", "--profile", "iso3", "--subject", "CN=x", "--key-out", "k", "--out", "c")]
    [InlineData("csr", "--role", "secc", "--profile", "iso2", "--key-out", "k", "--out", "c")]
    [InlineData("csr", "--role", "secc", "--profile", "iso2", "--subject", "CN=x", "--out", "c")]
    public void Bad_usage_exits_2(params string[] args) => Assert.Equal(2, CliRun.Run(args).ExitCode);

    [Fact]
    public void Help_exits_0()
    {
        CliResult r = CliRun.Run("csr", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("v2g csr --role secc|contract|oem", r.Stdout);
    }

    internal static (int Exit, string Output) OpenSsl(params string[] args)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
