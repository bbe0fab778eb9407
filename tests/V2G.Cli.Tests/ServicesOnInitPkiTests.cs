using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using V2G.Services.Hosting;
using V2G.Services.Security;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>
/// The services over a PKI folder that <c>v2g pki init</c> wrote (the user's path to a bench PKI): openssl's OCSP client gets
/// good for ContractCert and revoked for ContractCert2 (listed in the folder's own CRL) and verifies the responses, with and
/// without nonce; <c>v2g ocsp check</c> says the same.
/// </summary>
public sealed class ServicesOnInitPkiTests
{
    [Theory]
    [InlineData("iso2", "trustAnchors_MO.pem")]
    [InlineData("iso20", "trustAnchors_MO.pem")]
    public async Task OpensslOcsp_AgainstAServiceOnAnInitFolder_AnswersGoodAndRevoked(string profile, string anchors)
    {
        string dir = Path.Combine(Path.GetTempPath(), "v2g-init-serve-" + Guid.NewGuid().ToString("N"));
        try
        {
            CliResult init = CliRun.Run("pki", "init", "--dir", Path.Combine(dir, "pki"), "--profile", profile);
            Assert.True(init.ExitCode == 0, init.ToString());
            string pki = Path.Combine(dir, "pki");
            await using RunningPncService service = await PncService.StartAsync(new PncServiceOptions
            {
                PkiDirectory = pki, Urls = ["http://127.0.0.1:0"], Store = StoreKind.File, DataDirectory = Path.Combine(dir, "data"),
                ApiKeys = ApiKeySet.Generate().Set, MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
            });
            string url = new Uri(service.BaseAddress, "ocsp").ToString();
            string Cert(string name) => Path.Combine(pki, "certs", name + ".pem");

            foreach (bool nonce in new[] { false, true })
            {
                foreach ((string leaf, string expected) in new[] { ("ContractCert", "good"), ("ContractCert2", "revoked") })
                {
                    (int exit, string output) = await OpensslAsync("ocsp", "-url", url, nonce ? "-nonce" : "-no_nonce",
                        "-issuer", Cert("MOSubCA2"), "-cert", Cert(leaf), "-CAfile", Path.Combine(pki, "chains", anchors),
                        "-verify_other", Cert("MOSubCA1"));
                    Assert.True(exit == 0, output);
                    Assert.Contains($"{leaf}.pem: {expected}", output);
                    Assert.Contains("Response verify OK", output);
                }
            }

            CliResult check = CliRun.Run("ocsp", "check", Cert("ContractCert2"), "--issuer", Cert("MOSubCA2"), "--url", url, "--nonce");
            Assert.Equal(1, check.ExitCode);
            Assert.Contains("ContractCert2.pem: revoked", check.Stdout);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> OpensslAsync(params string[] args)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
