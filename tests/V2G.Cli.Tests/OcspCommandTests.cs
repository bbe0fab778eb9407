using System;
using System.IO;
using System.Threading.Tasks;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary><c>v2g ocsp check</c> against a service started on loopback for the shared iso2 PKI.</summary>
public sealed class OcspCommandTests : IAsyncLifetime
{
    private static readonly string Pki = Path.Combine(SharedVectors.Root, "pnc", "pki", "iso2");
    private RunningPncService? _service;

    private string Url => new Uri(_service!.BaseAddress, "ocsp").ToString();

    public async Task InitializeAsync()
    {
        (ApiKeySet keys, _) = ApiKeySet.Generate();
        _service = await PncService.StartAsync(new PncServiceOptions
        {
            PkiDirectory = Pki, Urls = ["http://127.0.0.1:0"], Store = StoreKind.Memory, ApiKeys = keys,
        }, new InMemoryPncStore());
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    private static string Cert(string name) => Path.Combine(Pki, "certs", name + ".pem");

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Good_Exits0_WithTheTimes(bool nonce, bool get)
    {
        CliResult result = CliRun.Run(["ocsp", "check", Cert("ContractCert"), "--issuer", Cert("MOSubCA2"), "--url", Url,
            .. nonce ? new[] { "--nonce" } : [], .. get ? new[] { "--get" } : []]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ContractCert.pem: good", result.Stdout);
        Assert.Contains("responder: OCSP response by MOSubCA2", result.Stdout);
        Assert.Contains("this update: ", result.Stdout);
        Assert.Contains("next update: ", result.Stdout);
        Assert.Contains(nonce ? "nonce: sent and echoed" : "nonce: not sent", result.Stdout);
    }

    [Fact]
    public void Revoked_Exits1_WithTimeAndReason()
    {
        CliResult result = CliRun.Run("ocsp", "check", Cert("ContractCert2"), "--issuer", Cert("MOSubCA2"), "--url", Url, "--nonce");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ContractCert2.pem: revoked at 2025-", result.Stdout);
        Assert.Contains("reason keyCompromise", result.Stdout);
    }

    [Fact]
    public void ForeignIssuer_IsUnknown_BecauseTheResponderRefuses_Exits1()
    {
        string other = Path.Combine(SharedVectors.Root, "pnc", "pki", "iso20", "certs");
        CliResult result = CliRun.Run("ocsp", "check", Path.Combine(other, "ContractCert.pem"), "--issuer", Path.Combine(other, "MOSubCA2.pem"),
            "--url", Url);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown (the response was refused: ResponseStatus)", result.Stdout);
        Assert.Contains("responseStatus 6", result.Stdout);
    }

    [Fact]
    public void UnreachableResponder_Exits1_WithTheError()
    {
        CliResult result = CliRun.Run("ocsp", "check", Cert("ContractCert"), "--issuer", Cert("MOSubCA2"), "--url", "http://127.0.0.1:9/ocsp");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("http://127.0.0.1:9/ocsp", result.Stderr);
    }

    [Theory]
    [InlineData("--issuer", "x.pem", "needs --url")]
    [InlineData("--url", "http://127.0.0.1:1/ocsp", "needs --issuer")]
    [InlineData("--url", "ftp://x", "is not an http(s) URL")]
    public void BadUsage_Exits2(string option, string value, string message)
    {
        string[] more = option == "--url" && value.StartsWith("ftp", StringComparison.Ordinal) ? ["--issuer", "x.pem"] : [];
        CliResult result = CliRun.Run(["ocsp", "check", Cert("ContractCert"), option, value, .. more]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void NoCertificate_Exits2_AndHelpExits0()
    {
        CliResult none = CliRun.Run("ocsp", "check", "--issuer", "x.pem", "--url", Url);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("exactly one certificate", none.Stderr);

        CliResult help = CliRun.Run("ocsp", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("v2g ocsp check CERT --issuer", help.Stdout);
        Assert.Contains("v2g ocsp check", CliRun.Run("--help").Stdout);
    }
}
