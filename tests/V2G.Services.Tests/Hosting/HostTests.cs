using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Services.Hosting;
using Xunit;

namespace V2G.Services.Tests.Hosting;

public sealed class HostTests
{
    [Theory]
    [InlineData("iso2", "Iso2")]
    [InlineData("iso20", "Iso20Secp521")]
    [InlineData("iso20_ed448", "Iso20Ed448")]
    public async Task HealthNamesTheProfileOfThePkiFolder(string set, string profile)
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki(set));
        using HttpResponseMessage response = await service.Client().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(profile, json.RootElement.GetProperty("profile").GetString());
    }

    [Fact]
    public async Task AnUnknownRouteGets404WithTheErrorShape()
    {
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        using HttpResponseMessage response = await service.Client().GetAsync("/no/such/route");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("/no/such/route", json.RootElement.GetProperty("errorMessages")[0].GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("traceId").GetString()));
    }

    [Fact]
    public void AFolderWithoutManifestIsRefusedWithItsPath()
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "v2g-no-pki-" + System.Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            var options = new PncServiceOptions { PkiDirectory = folder, ApiKeys = V2G.Services.Security.ApiKeySet.Generate().Set };
            var error = Assert.Throws<PncServiceConfigurationException>(() => PncService.Build(options));
            Assert.Contains("manifest.json", error.Message);
        }
        finally
        {
            System.IO.Directory.Delete(folder, true);
        }
    }
}
