using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.StatusPage;

public sealed class CertificateDownloadTests
{
    [Theory]
    [InlineData("V2GRootCA")]
    [InlineData("MOSubCA2")]
    [InlineData("ContractCert2")]
    public async Task DerDownloadIsTheFolderCertificate(string name)
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        using HttpResponseMessage response = await service.Client().GetAsync($"/certs/{name}.der");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pkix-cert", response.Content.Headers.ContentType?.MediaType);
        byte[] expected = File.ReadAllBytes(Path.Combine(SharedData.Pki("iso2"), "certs", name + ".der"));
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PemDownloadHoldsTheSameCertificate()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso20"));
        string pem = await service.Client().GetStringAsync("/certs/CPSLeafCert.pem");

        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem);
        using X509Certificate2 downloaded = X509Certificate2.CreateFromPem(pem);
        Assert.Equal(File.ReadAllBytes(Path.Combine(SharedData.Pki("iso20"), "certs", "CPSLeafCert.der")), downloaded.RawData);
    }

    [Theory]
    [InlineData("/certs/NoSuchCert.der", "the PKI folder has no certificate 'NoSuchCert'")]
    [InlineData("/certs/V2GRootCA.key", "no certificate download 'V2GRootCA.key'")]
    [InlineData("/certs/V2GRootCA", "no certificate download 'V2GRootCA'")]
    [InlineData("/certs/V2GRootCA.key.pem", "the PKI folder has no certificate 'V2GRootCA.key'")]
    [InlineData("/certs/..%2Fkeys%2FV2GRootCA.key.pem", "the PKI folder has no certificate '")]
    [InlineData("/certs/..%2Fmanifest.json", "no certificate download '")]
    public async Task AnythingButAFolderCertificateIs404InTheErrorShape(string path, string message)
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        using HttpResponseMessage response = await service.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("PRIVATE KEY", body);
        using JsonDocument json = JsonDocument.Parse(body);
        Assert.StartsWith(message, json.RootElement.GetProperty("errorMessages")[0].GetString());
    }
}
