using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Services.Client;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Pools;
using V2G.Services.Security;
using V2G.Services.Storage;
using V2G.Services.Tests.Hosting;
using V2G.Services.Tests.Provisioning;
using Xunit;

namespace V2G.Services.Tests.Pools;

/// <summary>The OPCP provisioning certificate pool: OEM uploads validated chains by PCID; MO and OEM read them.</summary>
public sealed class ProvisioningPoolTests
{
    [Fact]
    public async Task An_OEM_uploads_a_chain_that_MO_reads_and_the_OEM_removes()
    {
        var car = new Car(SharedData.Pki("iso20"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);

        var mo = new ProvisioningPoolClient(service.Client(ApiRole.Mo));
        ProvisioningCertificateData read = await mo.GetAsync(car.Pcid);
        Assert.Equal(car.Cert("OEMProvCert").RawData, Convert.FromBase64String(read.VehicleCertificate!));
        Assert.Equal(OpcpNamespaces.Iso20, read.XsdMsgDefNamespace);
        Assert.Equal(CertificateSerial.Of(car.Cert("OEMRootCA")), read.RootIssuerSerialNumber);
        VehicleLookupResponse vehicle = await mo.LookupVehicleAsync(car.Pcid);
        Assert.Equal(car.Pcid, vehicle.Pcid);
        Assert.Empty(vehicle.Emaids);
        Assert.Equal(car.Cert("OEMProvCert").RawData, await service.Client(ApiRole.Cpo).GetByteArrayAsync($"v1/oem/provCerts/{car.Pcid}.der"));

        await new ProvisioningPoolClient(service.Client(ApiRole.Oem)).DeleteAsync(car.Pcid);
        var gone = await Assert.ThrowsAsync<PncServiceException>(() => mo.GetAsync(car.Pcid));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal($"PCID {car.Pcid} is not in the provisioning certificate pool", gone.Messages[0]);
    }

    [Fact]
    public async Task A_chain_that_does_not_reach_the_OEM_root_is_refused_with_422()
    {
        var car = new Car(SharedData.Pki("iso2"));
        var other = new Car(SharedData.Pki("iso20"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        var refused = await Assert.ThrowsAsync<PncServiceException>(() => new ProvisioningPoolClient(service.Client(ApiRole.Oem)).PutAsync(
            new ProvisioningCertificateUpload
            {
                VehicleCertificate = Convert.ToBase64String(other.Cert("OEMProvCert").RawData),
                SubCa2Certificate = Convert.ToBase64String(other.Cert("OEMSubCA2").RawData),
                SubCa1Certificate = Convert.ToBase64String(other.Cert("OEMSubCA1").RawData),
            }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith($"the provisioning chain of {other.Pcid} does not validate to this service's OEM root", refused.Messages[0],
            StringComparison.Ordinal);
        Assert.Null(await service.Service.Store.GetProvisioningCertificateAsync(other.Pcid));
    }

    [Fact]
    public async Task A_revoked_vehicle_certificate_cannot_enter_the_pool()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        await service.Service.Store.RevokeAsync(new RevocationEntry("OEMSubCA2", CertificateSerial.Of(car.Cert("OEMProvCert")),
            DateTimeOffset.UtcNow.AddMinutes(-1), 1));
        var refused = await Assert.ThrowsAsync<PncServiceException>(() => ContractProvisioningEndToEndTests.UploadChainAsync(service, car));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("revoked", refused.Messages[0], StringComparison.Ordinal);
        Assert.Null(await service.Service.Store.GetProvisioningCertificateAsync(car.Pcid));
    }

    [Fact]
    public async Task Writes_need_an_OEM_key_and_bad_input_gets_400()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        var upload = new ProvisioningCertificateUpload { VehicleCertificate = Convert.ToBase64String(car.Cert("OEMProvCert").RawData) };

        var mo = await Assert.ThrowsAsync<PncServiceException>(() => new ProvisioningPoolClient(service.Client(ApiRole.Mo)).PutAsync(upload));
        Assert.Equal(HttpStatusCode.Forbidden, mo.Status);
        var missing = await Assert.ThrowsAsync<PncServiceException>(() => new ProvisioningPoolClient(service.Client(ApiRole.Oem)).PutAsync(upload));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("subCA1Certificate is missing", missing.Messages[0]);
        var badPcid = await Assert.ThrowsAsync<PncServiceException>(() => new ProvisioningPoolClient(service.Client(ApiRole.Oem)).GetAsync("short"));
        Assert.Equal(HttpStatusCode.BadRequest, badPcid.Status);
        Assert.StartsWith("'short' is not a PCID", badPcid.Messages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1/oem/provCerts/short")]
    [InlineData("v1/oem/provCerts/lookupVehicle/short")]
    [InlineData("v1/ccp/signedContractData/short")]
    [InlineData("v1/ccp/provideSignedContractData/DEABCC12345678/short")]
    public async Task Both_pools_refuse_a_malformed_pcid_with_the_same_400(string path)
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        V2G.Security.Identifiers.Pcid.TryParse("short", out _, out V2G.Security.Identifiers.IdentifierError? expected);

        using HttpResponseMessage response = await service.Client(ApiRole.Oem).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"'short' is not a PCID: {expected!.Message}", json.RootElement.GetProperty("errorMessages")[0].GetString());
    }
}
