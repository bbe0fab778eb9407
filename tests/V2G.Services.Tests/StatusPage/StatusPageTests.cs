using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Services.Security;
using V2G.Services.Storage;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.StatusPage;

public sealed class StatusPageTests
{
    [Theory]
    [InlineData("iso2", "Iso2")]
    [InlineData("iso20", "Iso20Secp521")]
    [InlineData("iso20_ed448", "Iso20Ed448")]
    public async Task ThePageListsEveryCertificateOfTheFolderWithoutAKey(string set, string profile)
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki(set));
        using HttpResponseMessage response = await service.Client().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-profile=\"{profile}\"", html);
        Assert.Equal(service.Service.Pki.Entries.Count, PageRows.Rows(html, "data-certificate").Count);
        // The service imports the folder's CRLs at start: what they list is revoked on the page too.
        var revoked = new System.Collections.Generic.HashSet<string>();
        foreach (PkiDirectoryEntry ca in service.Service.Pki.Entries.Where(e => e.IsCertificateAuthority))
        {
            revoked.UnionWith((await service.Service.Store.GetRevocationStateAsync(ca.Name)).Entries.Select(e => e.SerialNumberHex));
        }

        Assert.NotEmpty(revoked);
        foreach (PkiDirectoryEntry entry in service.Service.Pki.Entries)
        {
            var row = PageRows.Row(html, "data-certificate", entry.Name);
            Assert.Equal(entry.IsCertificateAuthority ? "true" : "false", row["data-ca"]);
            string expected = entry.IsSelfSigned ? "root" : revoked.Contains(CertificateSerial.Of(entry.Certificate)) ? "revoked" : "good";
            Assert.Equal(expected, row["data-revocation"]);
            Assert.Equal(ExpectedValidity(entry.Certificate, DateTime.UtcNow), row["data-validity"]);
            Assert.Contains(CertificateSerial.Of(entry.Certificate), html);
            Assert.Contains($"href=\"/certs/{entry.Name}.der\"", html);
        }
    }

    [Fact]
    public async Task ACertificateRevokedInTheStoreIsMarkedRevoked()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        X509Certificate2 revoked = service.Service.Pki.Find("ContractCert2")!.Certificate;
        string ca = service.Service.Pki.FindIssuer(revoked)!.Name;
        await service.Service.Store.RevokeAsync(new RevocationEntry(ca, CertificateSerial.Of(revoked), DateTimeOffset.UtcNow, 1));

        string html = await service.Client().GetStringAsync("/");

        var row = PageRows.Row(html, "data-certificate", "ContractCert2");
        Assert.Equal("revoked", row["data-status"]);
        Assert.Equal("revoked", row["data-revocation"]);
        Assert.Equal("good", PageRows.Row(html, "data-certificate", "ContractCert")["data-revocation"]);
        Assert.Contains("(keyCompromise)", html);
    }

    [Theory]
    [InlineData(-30, "expired")]
    [InlineData(80, "not-yet-valid")]
    public async Task CertificatesOutsideTheirValidityAreMarked(int yearsFromNow, string expected)
    {
        using var folder = new TempPkiFolder(DateTimeOffset.UtcNow.AddYears(yearsFromNow));
        await using TestService service = await TestService.StartAsync(folder.Path);

        string html = await service.Client().GetStringAsync("/");

        var row = PageRows.Row(html, "data-certificate", "ContractCert");
        Assert.Equal(expected, row["data-validity"]);
        Assert.Equal(expected, row["data-status"]);
    }

    [Fact]
    public async Task IssuedCertificatesAndExchangesAreListedWithTheirState()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        IPncStore store = service.Service.Store;
        byte[] der = service.Service.Pki.Find("ContractCert")!.Certificate.RawData;
        await store.AddIssuedCertificateAsync(new IssuedCertificateRecord("MOSubCA2", "7A01", der, "DEV2GC000000001", DateTimeOffset.UtcNow));
        await store.AddIssuedCertificateAsync(new IssuedCertificateRecord("MOSubCA2", "7A02", der, "DEV2GC000000002", DateTimeOffset.UtcNow));
        await store.RevokeAsync(new RevocationEntry("MOSubCA2", "7A02", DateTimeOffset.UtcNow, 4));
        await store.AddExchangeAsync(new ExchangeRecord(DateTimeOffset.UtcNow, "CertificateInstallation",
            "urn:iso:15118:2:2013:MsgDef", "WMIV2G0000000001", "DEV2GC000000001", true, "delivered DEV2GC000000001"));
        await store.AddExchangeAsync(new ExchangeRecord(DateTimeOffset.UtcNow, "CertificateUpdate",
            "urn:iso:15118:2:2013:MsgDef", null, null, false, "the signature does not verify"));

        string html = await service.Client().GetStringAsync("/");

        Assert.Equal("good", PageRows.Row(html, "data-issued", "7A01")["data-status"]);
        Assert.Equal("revoked", PageRows.Row(html, "data-issued", "7A02")["data-status"]);
        Assert.Contains("DEV2GC000000002", html);
        Assert.Equal("delivered", PageRows.Row(html, "data-exchange", "CertificateInstallation")["data-status"]);
        Assert.Equal("failed", PageRows.Row(html, "data-exchange", "CertificateUpdate")["data-status"]);
        Assert.Contains("the signature does not verify", html);
        Assert.DoesNotContain("issued-empty", html);
    }

    [Fact]
    public async Task StoredTextIsHtmlEncoded()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        await service.Service.Store.AddExchangeAsync(new ExchangeRecord(DateTimeOffset.UtcNow, "CertificateInstallation",
            "urn:iso:15118:2:2013:MsgDef", "\"><img src=x onerror=alert(1)>", null, false, "<script>alert('x')</script>"));

        string html = await service.Client().GetStringAsync("/");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&quot;&gt;&lt;img", html);
    }

    [Fact]
    public async Task ThePageHoldsNoSecretAndLoadsNothingFromElsewhere()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));

        string html = await service.Client().GetStringAsync("/");

        Assert.DoesNotContain("PRIVATE KEY", html);
        foreach (string key in service.Keys.Values)
        {
            Assert.DoesNotContain(key, html);
        }

        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\""), m => Assert.StartsWith("/", m.Groups[1].Value));
    }

    private static string ExpectedValidity(X509Certificate2 certificate, DateTime now) =>
        now < certificate.NotBefore.ToUniversalTime() ? "not-yet-valid"
        : now > certificate.NotAfter.ToUniversalTime() ? "expired" : "valid";
}
