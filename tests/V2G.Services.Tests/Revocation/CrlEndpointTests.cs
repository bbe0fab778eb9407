using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Services.Client;
using V2G.Services.Client.Revocation;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Revocation;

/// <summary>/crl/{ca}: fetched over HTTP, accepted by openssl crl -verify, and the folder's CRL entries are served.</summary>
public class CrlEndpointTests
{
    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    [InlineData("generated-iso2")]
    public async Task Crl_OverHttp_PassesOpensslVerify_AndListsTheFolderRevocation(string set)
    {
        (string pki, TempPkiFolder? owned) = TempPkiFolder.For(set);
        using (owned)
        using (TempPkiFolder temp = TempPkiFolder.Scratch())
        {
            await using TestService service = await TestService.StartAsync(pki);
            using HttpResponseMessage reply = await service.Client().GetAsync("crl/MOSubCA2");
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            Assert.Equal("application/pkix-crl", reply.Content.Headers.ContentType?.MediaType);
            File.WriteAllBytes(temp.File("MOSubCA2.crl"), await reply.Content.ReadAsByteArrayAsync());

            OpenSslRun run = await OpenSsl.RunAsync("crl", "-inform", "DER", "-in", temp.File("MOSubCA2.crl"), "-noout", "-text",
                "-verify", "-CAfile", Path.Combine(pki, "certs", "MOSubCA2.pem"));

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("verify OK", run.All);
            using X509Certificate2 revoked = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(pki, "certs", "ContractCert2.der"));
            Assert.Contains($"Serial Number: {CertificateSerial.Of(revoked)}", run.Stdout);
            // The folder's own CRL is number 1; the service's CRLs go past it (RFC 5280 5.2.3: no number twice).
            var number = System.Text.RegularExpressions.Regex.Match(run.Stdout, @"X509v3 CRL Number: \s*(\d+)");
            Assert.True(number.Success && long.Parse(number.Groups[1].Value) > 1, run.Stdout);
            Assert.Contains("X509v3 Authority Key Identifier", run.Stdout);
            Assert.Contains("Key Compromise", run.Stdout);
        }
    }

    [Fact]
    public async Task PemVariant_AndACaWithoutRevocations_NumberPastTheFolderCrl()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        string pem = await service.Client().GetStringAsync("crl/CPOSubCA2.pem");
        Assert.StartsWith("-----BEGIN X509 CRL-----", pem);

        CrlDocumentView crl = CrlDocumentView.Of(await new CrlClient(service.Client()).GetCrlAsync("CPOSubCA2"));
        Assert.Equal("3", crl.Number); // folder CRL 1, import moved the store to 2, signing took 3
        Assert.Contains("CPOSubCA2", crl.Name);
    }

    [Fact]
    public async Task UnknownCa_Gets404_WithTheKnownNames()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        using HttpResponseMessage reply = await service.Client().GetAsync("crl/NoSuchCA");

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        string message = body.RootElement.GetProperty("errorMessages")[0].GetString()!;
        Assert.Contains("no CA named 'NoSuchCA'", message);
        Assert.Contains("MOSubCA2", message);

        var error = await Assert.ThrowsAsync<PncServiceException>(() => new CrlClient(service.Client()).GetCrlAsync("NoSuchCA"));
        Assert.Equal(HttpStatusCode.NotFound, error.Status);
    }

    [Fact]
    public async Task Restart_OnTheSameStore_DoesNotImportTwice()
    {
        var store = new V2G.Services.Storage.InMemoryPncStore();
        await using (TestService first = await TestService.StartAsync(SharedData.Pki("iso2"), store))
        {
            Assert.Equal(2, (await store.GetRevocationStateAsync("MOSubCA2")).CrlNumber);
        }

        await using TestService second = await TestService.StartAsync(SharedData.Pki("iso2"), store);
        var state = await store.GetRevocationStateAsync("MOSubCA2");
        Assert.Equal(2, state.CrlNumber);
        Assert.Single(state.Entries);
    }

    /// <summary>What the tests read of a parsed CRL.</summary>
    private sealed record CrlDocumentView(string? Number, string Name)
    {
        public static CrlDocumentView Of(V2G.Security.Revocation.CrlDocument crl) => new(crl.CrlNumber, crl.Name);
    }
}
