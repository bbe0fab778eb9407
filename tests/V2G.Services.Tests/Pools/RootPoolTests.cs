using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Services.Client;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Pools;
using V2G.Services.Security;
using V2G.Services.Tests.Hosting;
using V2G.Services.Tests.Provisioning;
using Xunit;

namespace V2G.Services.Tests.Pools;

/// <summary>The OPCP root certificate pool: seeded with the folder's roots, read with any key, written with the admin key.</summary>
public sealed class RootPoolTests
{
    [Fact]
    public async Task The_pool_starts_with_the_folders_roots_by_type_with_informative_fields()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        var roots = await new RootPoolClient(service.Client(ApiRole.Cpo)).ListAsync();

        Assert.Equal(["MO", "OEM", "V2G"], roots.Select(r => r.RootType).Order());
        RootCertificate v2g = roots.Single(r => r.RootType == "V2G");
        using X509Certificate2 expected = car.Cert("V2GRootCA");
        Assert.Equal(expected.RawData, Convert.FromBase64String(v2g.CaCertificate!));
        Assert.Equal("V2GRootCA", v2g.CommonName);
        Assert.Equal("secp256r1", v2g.SignatureAlgorithm);
        Assert.Equal(V2G.Security.Authority.CertificateSerial.Of(expected), v2g.RootIssuerSerialNumber);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", v2g.RootCertificateId);

        RootCertificate one = await new RootPoolClient(service.Client(ApiRole.Oem)).GetAsync(v2g.RootCertificateId!);
        Assert.Equal(v2g, one);
    }

    [Theory]
    [InlineData("v2g", "V2GRootCA")]
    [InlineData("MO", "MORootCA")]
    [InlineData("oem", "OEMRootCA")]
    public async Task The_rootType_query_lists_the_roots_of_one_type(string rootType, string expectedRoot)
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);

        RootCertificate only = Assert.Single(await new RootPoolClient(service.Client(ApiRole.Cpo)).ListAsync(rootType));

        Assert.Equal(rootType.ToUpperInvariant(), only.RootType);
        Assert.Equal(car.Cert(expectedRoot).RawData, Convert.FromBase64String(only.CaCertificate!));
    }

    [Theory]
    [InlineData("?rootType=pe", "pe")]
    [InlineData("?rootType=", "")]
    [InlineData("?rootType=mo&rootType=oem", "mo,oem")]
    public async Task An_unknown_rootType_is_400_naming_the_allowed_values(string query, string echoed)
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);

        using HttpResponseMessage response = await service.Client(ApiRole.Mo).GetAsync("v1/root/rootCerts" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"rootType '{echoed}' is not one of v2g, mo, oem (the query takes exactly one)",
            json.RootElement.GetProperty("errorMessages")[0].GetString());
    }

    [Fact]
    public async Task Roots_download_as_DER_and_PEM_without_a_key()
    {
        var car = new Car(SharedData.Pki("iso20"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        string id = (await new RootPoolClient(service.Client(ApiRole.Mo)).ListAsync()).Single(r => r.RootType == "OEM").RootCertificateId!;
        var anonymous = new RootPoolClient(service.Client());
        using X509Certificate2 expected = car.Cert("OEMRootCA");

        Assert.Equal(expected.RawData, await anonymous.DownloadAsync(id));
        string pem = System.Text.Encoding.ASCII.GetString(await anonymous.DownloadAsync(id, pem: true));
        Assert.Equal(expected.RawData, X509Certificate2.CreateFromPem(pem).RawData);
        var missing = await Assert.ThrowsAsync<PncServiceException>(() => anonymous.DownloadAsync("00000000-0000-5000-8000-000000000000"));
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Reads_need_a_key_and_writes_need_the_admin_key()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        var anonymous = await Assert.ThrowsAsync<PncServiceException>(() => new RootPoolClient(service.Client()).ListAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);

        string der = Convert.ToBase64String(car.Cert("V2GRootCA").RawData);
        var oem = await Assert.ThrowsAsync<PncServiceException>(() => new RootPoolClient(service.Client(ApiRole.Oem)).PutAsync(der, "V2G"));
        Assert.Equal(HttpStatusCode.Forbidden, oem.Status);
        Assert.Equal("a Oem key may not call this endpoint (needs Admin)", oem.Messages[0]);
    }

    [Fact]
    public async Task The_admin_adds_a_foreign_root_and_removes_it()
    {
        var car = new Car(SharedData.Pki("iso2"));
        var other = new Car(SharedData.Pki("iso20"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        var admin = new RootPoolClient(service.Client(ApiRole.Admin));

        RootCertificate added = await admin.PutAsync(Convert.ToBase64String(other.Cert("MORootCA").RawData), "mo");
        Assert.Equal("MO", added.RootType);
        Assert.Equal("secp521r1", added.SignatureAlgorithm);
        Assert.Equal(4, (await admin.ListAsync()).Count);

        await admin.DeleteAsync(added.RootCertificateId!);
        var gone = await Assert.ThrowsAsync<PncServiceException>(() => admin.GetAsync(added.RootCertificateId!));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal($"root certificate {added.RootCertificateId} is not in the root certificate pool", gone.Messages[0]);
        var again = await Assert.ThrowsAsync<PncServiceException>(() => admin.DeleteAsync(added.RootCertificateId!));
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Theory]
    [InlineData("SubCA", "V2G", 422, "caCertificate is not a self-signed root")]
    [InlineData("Leaf", "V2G", 422, "caCertificate is not a CA certificate (basicConstraints cA is not true)")]
    [InlineData("Garbage", "V2G", 400, "caCertificate is not a DER X.509 certificate")]
    [InlineData("NotBase64", "V2G", 400, "caCertificate is not base64")]
    [InlineData("Root", "PE", 400, "rootType 'PE' is not one of V2G, MO, OEM")]
    public async Task Uploads_that_are_not_roots_are_refused(string what, string type, int status, string reason)
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        string body = what switch
        {
            "SubCA" => Convert.ToBase64String(car.Cert("MOSubCA1").RawData),
            "Leaf" => Convert.ToBase64String(car.Cert("SECCCert").RawData),
            "Garbage" => Convert.ToBase64String([1, 2, 3, 4]),
            "NotBase64" => "%%%",
            _ => Convert.ToBase64String(car.Cert("V2GRootCA").RawData),
        };
        var refused = await Assert.ThrowsAsync<PncServiceException>(() => new RootPoolClient(service.Client(ApiRole.Admin)).PutAsync(body, type));
        Assert.Equal(status, (int)refused.Status);
        Assert.StartsWith(reason, refused.Messages[0], StringComparison.Ordinal);
        Assert.Equal(3, (await service.Service.Store.ListRootCertificatesAsync()).Count);
    }
}
