using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Revocation;

/// <summary>openssl ocsp against the running responder, for the shared PKIs and a PKI written by TestPkiFolderWriter.</summary>
public class OpensslOcspTests
{
    // openssl 3 verifies Ed448 OCSP signatures (EVP_DigestVerify without digest) as well as ECDSA P-256 / P-521 ones.
    public static TheoryData<string, bool> SetsAndNonce()
    {
        var data = new TheoryData<string, bool>();
        foreach (string set in new[] { "iso2", "iso20", "iso20_ed448", "generated-iso2" })
        {
            data.Add(set, true);
            data.Add(set, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SetsAndNonce))]
    public async Task Post_GoodForContractCert_RevokedForContractCert2_UnknownForAnUnknownSerial_AndVerifies(string set, bool nonce)
    {
        (string pki, TempPkiFolder? owned) = TempPkiFolder.For(set);
        using (owned)
        {
            await using TestService service = await TestService.StartAsync(pki);
            OpenSslRun run = await OpenSsl.RunAsync([
                "ocsp", "-url", new Uri(service.BaseAddress, "ocsp").ToString(),
                "-issuer", Path.Combine(pki, "certs", "MOSubCA2.pem"),
                "-cert", Path.Combine(pki, "certs", "ContractCert.pem"),
                "-cert", Path.Combine(pki, "certs", "ContractCert2.pem"),
                "-serial", "0x7777777",
                "-CAfile", Path.Combine(pki, "chains", "trustAnchors_MO.pem"),
                "-verify_other", Path.Combine(pki, "certs", "MOSubCA1.pem"),
                .. nonce ? Array.Empty<string>() : ["-no_nonce"]]);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Response verify OK", run.All);
            Assert.Contains("ContractCert.pem: good", run.Stdout);
            Assert.Contains("ContractCert2.pem: revoked", run.Stdout);
            Assert.Contains("Reason: keyCompromise", run.Stdout);
            Assert.Contains("0x7777777: unknown", run.Stdout);
            Assert.DoesNotContain("WARNING", run.All);
        }
    }

    [Theory]
    [MemberData(nameof(SetsAndNonce))]
    public async Task Get_PerAppendixA_GivesAResponseThatOpensslVerifiesAgainstTheRequest(string set, bool nonce)
    {
        (string pki, TempPkiFolder? owned) = TempPkiFolder.For(set);
        using (owned)
        using (var temp = TempPkiFolder.Scratch())
        {
            await using TestService service = await TestService.StartAsync(pki);
            string[] certificate = ["-issuer", Path.Combine(pki, "certs", "MOSubCA2.pem"), "-cert", Path.Combine(pki, "certs", "ContractCert2.pem")];
            string request = temp.File("req.der");
            OpenSslRun build = await OpenSsl.RunAsync(["ocsp", .. certificate, "-reqout", request, .. nonce ? Array.Empty<string>() : ["-no_nonce"]]);
            Assert.True(build.ExitCode == 0, build.ToString());

            HttpClient client = service.Client();
            Uri url = V2G.Services.Client.Revocation.OcspClient.GetUrl(new Uri(service.BaseAddress, "ocsp"), File.ReadAllBytes(request));
            using HttpResponseMessage reply = await client.GetAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.OK, reply.StatusCode);
            Assert.Equal("application/ocsp-response", reply.Content.Headers.ContentType?.MediaType);
            string cacheControl = reply.Headers.CacheControl?.ToString() ?? "";
            Assert.Contains(nonce ? "no-store" : "max-age=", cacheControl);
            File.WriteAllBytes(temp.File("resp.der"), await reply.Content.ReadAsByteArrayAsync());

            // With -cert openssl would build (and nonce) a request of its own: verify against the request sent, read the text.
            OpenSslRun verify = await OpenSsl.RunAsync("ocsp", "-respin", temp.File("resp.der"), "-reqin", request, "-resp_text",
                "-CAfile", Path.Combine(pki, "chains", "trustAnchors_MO.pem"), "-verify_other", Path.Combine(pki, "certs", "MOSubCA1.pem"));
            Assert.True(verify.ExitCode == 0, verify.ToString());
            Assert.Contains("Response verify OK", verify.All);
            Assert.Contains("Cert Status: revoked", verify.Stdout);
            Assert.Equal(nonce, verify.Stdout.Contains("OCSP Nonce", StringComparison.Ordinal));
            Assert.DoesNotContain("WARNING", verify.All);
        }
    }

    [Fact]
    public async Task ForeignIssuer_GetsUnauthorized()
    {
        using TempPkiFolder foreign = TempPkiFolder.Create(V2G.Security.SecurityProfile.Iso2);
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));

        OpenSslRun run = await OpenSsl.RunAsync("ocsp", "-url", new Uri(service.BaseAddress, "ocsp").ToString(),
            "-issuer", foreign.File("certs", "MOSubCA2.pem"), "-cert", foreign.File("certs", "ContractCert.pem"), "-noverify");

        Assert.Contains("Responder Error: unauthorized (6)", run.All);
    }

    [Fact]
    public async Task DelegatedResponder_SignsAndIsIncluded_AndOpensslAcceptsIt()
    {
        using TempPkiFolder folder = TempPkiFolder.Create(V2G.Security.SecurityProfile.Iso2);
        using var responder = folder.AddDelegatedResponder("MOSubCA2");
        await using TestService service = await TestService.StartAsync(folder.Path);

        OpenSslRun run = await OpenSsl.RunAsync("ocsp", "-url", new Uri(service.BaseAddress, "ocsp").ToString(),
            "-issuer", folder.File("certs", "MOSubCA2.pem"), "-cert", folder.File("certs", "ContractCert.pem"),
            "-CAfile", folder.File("chains", "trustAnchors_MO.pem"),
            "-verify_other", folder.File("chains", "contractCertChain.pem"), "-resp_text");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Response verify OK", run.All);
        Assert.Contains("ContractCert.pem: good", run.Stdout);
        Assert.Contains("MOSubCA2 OCSP Responder", run.Stdout);
        Assert.Contains("OCSP Signing", run.Stdout);
    }
}
