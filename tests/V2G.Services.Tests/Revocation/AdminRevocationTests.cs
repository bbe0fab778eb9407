using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using V2G.Services.Client;
using V2G.Services.Client.Revocation;
using V2G.Services.Security;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Revocation;

/// <summary>POST/GET /v1/admin/revocations: a revocation changes OCSP and the CRL at once; bad input is refused precisely.</summary>
public class AdminRevocationTests
{
    private static string Pki => SharedData.Pki("iso2");

    private static X509Certificate2 Load(string name) =>
        X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Pki, "certs", name + ".der"));

    [Fact]
    public async Task Revoke_ChangesOpensslOcspAnswer_AndPublishesTheNextCrlNumber()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        string[] ask = ["ocsp", "-url", new Uri(service.BaseAddress, "ocsp").ToString(), "-no_nonce",
            "-issuer", Path.Combine(Pki, "certs", "MOSubCA2.pem"), "-cert", Path.Combine(Pki, "certs", "ContractCert.pem"),
            "-CAfile", Path.Combine(Pki, "chains", "trustAnchors_MO.pem"), "-verify_other", Path.Combine(Pki, "certs", "MOSubCA1.pem")];
        Assert.Contains("ContractCert.pem: good", (await OpenSsl.RunAsync(ask)).Stdout);

        using X509Certificate2 contract = Load("ContractCert");
        RevocationReceipt receipt = await new RevocationAdminClient(service.Client(ApiRole.Admin))
            .RevokeAsync(contract, RevocationReason.Superseded);

        Assert.True(receipt.Added);
        Assert.Equal("MOSubCA2", receipt.CaName);
        Assert.Equal(CertificateSerial.Of(contract), receipt.SerialNumber);
        Assert.Equal(3, receipt.CrlNumber); // the folder's own CRL is number 1; the import moved the store past it
        OpenSslRun after = await OpenSsl.RunAsync(ask);
        Assert.Contains("ContractCert.pem: revoked", after.Stdout);
        Assert.Contains("Reason: superseded", after.Stdout);
        Assert.Contains("Response verify OK", after.All);

        CrlDocument crl = await new CrlClient(service.Client()).GetCrlAsync("MOSubCA2");
        Assert.True(long.Parse(crl.CrlNumber!, System.Globalization.NumberStyles.HexNumber) > receipt.CrlNumber, crl.CrlNumber);
        using X509Certificate2 issuer = Load("MOSubCA2");
        RevocationSourceResult fromCrl = CrlChecker.Check(crl, contract, issuer, DateTimeOffset.UtcNow);
        Assert.Equal(RevocationStatus.Revoked, fromCrl.Status);
        Assert.Equal(RevocationReason.Superseded, fromCrl.RevocationReason);

        var lists = await new RevocationAdminClient(service.Client(ApiRole.Admin)).ListAsync("MOSubCA2");
        CaRevocations only = Assert.Single(lists);
        Assert.Equal(2, only.Revocations.Count);
        Assert.Contains(only.Revocations, r => r.SerialNumber == receipt.SerialNumber && r.Reason == "superseded");
    }

    [Fact]
    public async Task RevokeBySerial_Twice_IsIdempotent_AndListAllCoversEverySigningCa()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        var admin = new RevocationAdminClient(service.Client(ApiRole.Admin));

        RevocationReceipt first = await admin.RevokeAsync("CPOSubCA2", "00:ab:cd", RevocationReason.KeyCompromise);
        RevocationReceipt again = await admin.RevokeAsync("CPOSubCA2", "ABCD");

        Assert.True(first.Added);
        Assert.Equal("ABCD", first.SerialNumber);
        Assert.False(again.Added);
        Assert.Equal(first.CrlNumber, again.CrlNumber);
        Assert.Equal("keyCompromise", again.Reason);
        var all = await admin.ListAsync();
        Assert.Contains(all, l => l.CaName == "V2GRootCA");
        Assert.Single(all.Single(l => l.CaName == "CPOSubCA2").Revocations);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "needs an API key")]
    [InlineData(ApiRole.Cpo, HttpStatusCode.Forbidden, "a Cpo key may not call this endpoint")]
    public async Task WithoutAnAdminKey_IsRefused_AndNothingIsRevoked(ApiRole? role, HttpStatusCode status, string reason)
    {
        await using TestService service = await TestService.StartAsync(Pki);
        var error = await Assert.ThrowsAsync<PncServiceException>(() =>
            new RevocationAdminClient(service.Client(role)).RevokeAsync("MOSubCA2", "1234"));

        Assert.Equal(status, error.Status);
        Assert.Contains(reason, error.Messages[0]);
        Assert.Equal(2, (await service.Service.Store.GetRevocationStateAsync("MOSubCA2")).CrlNumber);
        var list = await Assert.ThrowsAsync<PncServiceException>(() => new RevocationAdminClient(service.Client(role)).ListAsync());
        Assert.Equal(status, list.Status);
    }

    [Fact]
    public async Task WrongApiKey_Gets401()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        HttpClient client = service.Client();
        client.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, "not-a-key");
        var error = await Assert.ThrowsAsync<PncServiceException>(() => new RevocationAdminClient(client).ListAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Contains("not known", error.Messages[0]);
    }

    [Theory]
    [InlineData("not json", 400, "the body is not JSON")]
    [InlineData("[1]", 400, "must be a JSON object")]
    [InlineData("{}", 400, "needs \"certificate\"")]
    [InlineData("{\"caName\":\"MOSubCA2\",\"serialNumber\":\"xyz\"}", 400, "is not a hex serial number")]
    [InlineData("{\"caName\":\"MOSubCA2\",\"serialNumber\":\"12\",\"reason\":\"bored\"}", 400, "is not an RFC 5280 CRLReason")]
    [InlineData("{\"caName\":\"MOSubCA2\",\"serialNumber\":\"12\",\"reason\":7}", 400, "is not an RFC 5280 CRLReason")]
    [InlineData("{\"caName\":\"MOSubCA2\",\"serialNumber\":\"12\",\"reason\":\"removeFromCRL\"}", 400, "only for delta CRLs")]
    [InlineData("{\"certificate\":\"bm90IGEgY2VydA==\"}", 400, "neither a CERTIFICATE PEM block nor base64 DER")]
    [InlineData("{\"certificate\":\"x\",\"caName\":\"MOSubCA2\"}", 400, "not both")]
    [InlineData("{\"caName\":\"NoSuchCA\",\"serialNumber\":\"12\"}", 404, "no CA named 'NoSuchCA'")]
    public async Task BadBodies_GetTheirStatusAndReason(string body, int status, string reason)
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using HttpResponseMessage reply = await service.Client(ApiRole.Admin).PostAsync("v1/admin/revocations", content);

        Assert.Equal(status, (int)reply.StatusCode);
        Assert.Contains(reason, await ErrorMessage(reply));
        Assert.Equal(2, (await service.Service.Store.GetRevocationStateAsync("MOSubCA2")).CrlNumber);
    }

    [Fact]
    public async Task ForeignCertificate_Gets404()
    {
        using TempPkiFolder foreign = TempPkiFolder.Create(V2G.Security.SecurityProfile.Iso2);
        await using TestService service = await TestService.StartAsync(Pki);
        using X509Certificate2 other = X509CertificateLoader.LoadCertificateFromFile(foreign.File("certs", "ContractCert.der"));

        var error = await Assert.ThrowsAsync<PncServiceException>(() =>
            new RevocationAdminClient(service.Client(ApiRole.Admin)).RevokeAsync(other));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Contains("no CA of this PKI issued", error.Messages[0]);
    }

    [Fact]
    public async Task WrongContentType_Gets415_AndUnknownCaListing_Gets404()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        HttpClient admin = service.Client(ApiRole.Admin);
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");
        using HttpResponseMessage reply = await admin.PostAsync("v1/admin/revocations", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.StatusCode);
        Assert.Contains("application/json", await ErrorMessage(reply));

        using HttpResponseMessage list = await admin.GetAsync("v1/admin/revocations?ca=Nope");
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Contains("no CA named 'Nope'", await ErrorMessage(list));
    }

    internal static async Task<string> ErrorMessage(HttpResponseMessage reply)
    {
        using JsonDocument json = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errorMessages")[0].GetString()!;
    }
}
