using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Services.Storage;
using V2G.Services.Tests.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace V2G.Services.Tests.StatusPage;

/// <summary>The status page as headless Chromium renders it from the running service.</summary>
public sealed class StatusPageBrowserTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task ChromiumShowsTheCasAndMarksARevokedCertificate()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        X509Certificate2 revoked = service.Service.Pki.Find("ContractCert2")!.Certificate;
        string ca = service.Service.Pki.FindIssuer(revoked)!.Name;
        await service.Service.Store.RevokeAsync(new RevocationEntry(ca, CertificateSerial.Of(revoked), DateTimeOffset.UtcNow, 1));

        string dom = await HeadlessChromium.DumpDomAsync(service.BaseAddress);

        Assert.Contains("<title>V2G Plug'n'Charge services</title>", dom);
        string[] cas = service.Service.Pki.Entries.Where(e => e.IsCertificateAuthority).Select(e => e.Name).ToArray();
        Assert.Contains("V2GRootCA", cas);
        Assert.Contains("MOSubCA2", cas);
        foreach (string name in cas)
        {
            var row = PageRows.Row(dom, "data-certificate", name);
            Assert.Equal("true", row["data-ca"]);
            Assert.Contains($">{name}</td>", dom);
        }

        var revokedRow = PageRows.Row(dom, "data-certificate", "ContractCert2");
        Assert.Equal("revoked", revokedRow["data-status"]);
        Assert.Equal("valid", PageRows.Row(dom, "data-certificate", "ContractCert")["data-status"]);

        string png = Path.Combine(AppContext.BaseDirectory, "TestResults", "status-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        await HeadlessChromium.ScreenshotAsync(service.BaseAddress, png);
        byte[] header = File.ReadAllBytes(png).Take(8).ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is too small to show the page");
        output.WriteLine("status page screenshot: " + png);
    }
}
