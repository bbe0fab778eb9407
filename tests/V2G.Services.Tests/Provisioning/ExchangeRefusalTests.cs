using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Services.Client;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Pools;
using V2G.Services.Client.Provisioning;
using V2G.Services.Features.Provisioning;
using V2G.Services.Security;
using V2G.Services.Storage;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Provisioning;

/// <summary>Hostile or broken exchanges: each gets its status and reason, and nothing is issued or pooled (only the log entry).</summary>
public sealed class ExchangeRefusalTests
{
    private static readonly byte[] SessionId = Convert.FromHexString("0A0B0C0D0E0F1011");

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public async Task An_unsigned_request_is_refused_with_422(string set)
    {
        var car = new Car(SharedData.Pki(set));
        await using TestService service = await StartWithChainAsync(car);
        var refused = await RefusedAsync(service, car, car.InstallationRequest(SessionId, unsigned: true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("RequestSignatureInvalid", refused.Messages[0], StringComparison.Ordinal);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public async Task A_request_signed_with_another_key_is_refused_with_422(string set)
    {
        var car = new Car(SharedData.Pki(set));
        await using TestService service = await StartWithChainAsync(car);
        var refused = await RefusedAsync(service, car, car.InstallationRequest(SessionId, signerName: "SECCCert"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("RequestSignatureInvalid", refused.Messages[0], StringComparison.Ordinal);
        Assert.Contains("OEM", refused.Messages[0], StringComparison.Ordinal);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public async Task A_request_of_a_revoked_OEM_provisioning_certificate_is_refused_with_422(string set)
    {
        var car = new Car(SharedData.Pki(set));
        await using TestService service = await StartWithChainAsync(car);
        await service.Service.Store.RevokeAsync(new RevocationEntry("OEMSubCA2", CertificateSerial.Of(car.Cert("OEMProvCert")),
            DateTimeOffset.UtcNow.AddMinutes(-5), 1));

        var refused = await RefusedAsync(service, car, car.InstallationRequest(SessionId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("OemProvisioningChainInvalid", refused.Messages[0], StringComparison.Ordinal);
        Assert.Contains("revoked", refused.Messages[0], StringComparison.Ordinal);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Fact]
    public async Task The_pool_exchange_refuses_a_PCID_the_provisioning_pool_does_not_hold_with_404()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        var refused = await RefusedAsync(service, car, car.InstallationRequest(SessionId));
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Equal($"PCID {car.Pcid} is not in the provisioning certificate pool: the OEM must upload the vehicle's chain first",
            refused.Messages[0]);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Fact]
    public async Task The_plain_endpoint_accepts_a_PCID_outside_the_pool_unless_configured_to_require_it()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using (TestService open = await TestService.StartAsync(car.Directory))
        {
            byte[] response = await new ProvisioningClient(open.Client(ApiRole.Cpo)).ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace);
            Assert.True(car.Install(response, null).IsSuccess);
        }

        Assert.True(PkiDirectory.TryOpen(car.Directory, out PkiDirectory? pki, out string? error), error);
        using (pki)
        {
            await using var store = new InMemoryPncStore();
            using var strict = new CertificateProvisioningService(pki, store, TimeProvider.System,
                new CertificateProvisioningOptions { PlainEndpointRequiresProvisioningPool = true });
            ProvisioningExchangeResult result = await strict.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace,
                strict.Options.PlainEndpointRequiresProvisioningPool, installationOnly: false, default);
            Assert.Equal(404, result.Status);
            Assert.StartsWith($"PCID {car.Pcid} is not in the provisioning certificate pool", result.Detail, StringComparison.Ordinal);
            Assert.Empty(await store.ListIssuedCertificatesAsync(null));
        }
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public async Task A_malformed_EXI_stream_is_refused_with_400(string set)
    {
        var car = new Car(SharedData.Pki(set));
        await using TestService service = await StartWithChainAsync(car);
        byte[] garbage = [0x80, 0xFF, 0x13, 0x37, 0x00, 0x42];
        var refused = await RefusedAsync(service, car, garbage);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.StartsWith($"the body is not an ISO 15118-{(car.IsIso2 ? "2" : "20 CommonMessages")} EXI stream", refused.Messages[0],
            StringComparison.Ordinal);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Fact]
    public async Task A_request_of_the_other_standard_is_refused_with_422_naming_the_profile()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await StartWithChainAsync(car);
        var refused = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ProvisioningClient(service.Client(ApiRole.Cpo)).ExchangeAsync(car.InstallationRequest(SessionId), OpcpNamespaces.Iso20));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("this service's PKI is profile Iso2; it cannot answer ISO 15118-20 requests", refused.Messages[0]);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_on_both_endpoints()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory, configure: o => o with { MaxRequestBodyBytes = 4096 });
        await ExchangeRefusalTests.UploadIgnoringAsync(service, car);
        byte[] big = new byte[8192];
        var plain = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ProvisioningClient(service.Client(ApiRole.Cpo)).ExchangeAsync(big, OpcpNamespaces.Iso2));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, plain.Status);
        Assert.Equal("the request body exceeds this service's limit of 4096 bytes", plain.Messages[0]);

        var pool = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ContractPoolClient(service.Client(ApiRole.Cpo)).ExchangeAsync(big, OpcpNamespaces.Iso2));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, pool.Status);
        Assert.Equal("the request body exceeds this service's limit of 4096 bytes", pool.Messages[0]);
        await AssertNothingStoredAsync(service, car, failures: 0);
    }

    [Fact]
    public async Task A_missing_unknown_or_wrong_role_key_is_refused_before_anything_happens()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await StartWithChainAsync(car);
        byte[] request = car.InstallationRequest(SessionId);

        var missing = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ContractPoolClient(service.Client()).ExchangeAsync(request, car.Namespace));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("this endpoint needs an API key (Cpo or Admin) in X-API-Key", missing.Messages[0]);

        var unknown = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ProvisioningClient(service.Client(), "not-a-key-of-this-service").ExchangeAsync(request, car.Namespace));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal("the API key is not known to this service", unknown.Messages[0]);

        var wrongRole = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ContractPoolClient(service.Client(ApiRole.Mo)).ExchangeAsync(request, car.Namespace));
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.Status);
        Assert.Equal("a Mo key may not call this endpoint (needs Cpo or Admin)", wrongRole.Messages[0]);
        await AssertNothingStoredAsync(service, car, failures: 0);
    }

    [Fact]
    public async Task Bad_exchange_envelopes_are_refused_with_400()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await StartWithChainAsync(car);
        HttpClient cpo = service.Client(ApiRole.Cpo);

        using var noHeader = await cpo.PostAsync("v1/cps/exchange", new ByteArrayContent(car.InstallationRequest(SessionId)));
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.StartsWith("the X-Xsd-Msg-Def-Namespace header must name", await FirstMessageAsync(noHeader), StringComparison.Ordinal);

        var unknownNamespace = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ProvisioningClient(cpo).ExchangeAsync(car.InstallationRequest(SessionId), "urn:din:70121:2012:MsgDef"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownNamespace.Status);
        Assert.StartsWith("xsdMsgDefNamespace 'urn:din:70121:2012:MsgDef' is neither", unknownNamespace.Messages[0], StringComparison.Ordinal);

        using var notBase64 = await cpo.PostAsJsonAsync("v1/ccp/signedContractData",
            new SignedContractDataExchangeRequest("***", OpcpNamespaces.Iso2));
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        Assert.Equal("certificateInstallationReq is not base64", await FirstMessageAsync(notBase64));

        using var notJson = await cpo.PostAsync("v1/ccp/signedContractData", new StringContent("{\"certificateInstallationReq\":"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.StartsWith("the body is not valid JSON", await FirstMessageAsync(notJson), StringComparison.Ordinal);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Fact]
    public async Task The_pool_exchange_refuses_a_CertificateUpdateReq_with_422()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await StartWithChainAsync(car);
        var contract = new V2G.Security.Provisioning.CertificateChainData(car.Cert("ContractCert"), [car.Cert("MOSubCA2"), car.Cert("MOSubCA1")]);
        var update = V2G.Security.Provisioning.Iso2CertificateRequests.BuildUpdateReq(SessionId, contract, car.Roots, car.Signer("ContractCert"));
        byte[] exi = V2G.Messages.Iso2.Iso2Codec.Encode(V2G.Messages.Iso2.Iso2Document.FromV2G_Message(update.Value!));
        var refused = await RefusedAsync(service, car, exi);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("this endpoint takes a CertificateInstallationReq; send a CertificateUpdateReq to POST /v1/cps/exchange", refused.Messages[0]);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Fact]
    public async Task A_message_other_than_a_certificate_request_is_refused_with_422()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await StartWithChainAsync(car);
        byte[] sessionSetup = V2G.Messages.Iso2.Iso2Codec.Encode(V2G.Messages.Iso2.Iso2Document.FromV2G_Message(
            V2G.Messages.Iso2.V2G_Message.Create(SessionId, new V2G.Messages.Iso2.SessionSetupReqType { EVCCID = [1, 2, 3, 4, 5, 6] })));
        var refused = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ProvisioningClient(service.Client(ApiRole.Cpo)).ExchangeAsync(sessionSetup, OpcpNamespaces.Iso2));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("expected a CertificateInstallationReq or CertificateUpdateReq, got SessionSetupReqType", refused.Messages[0]);
        await AssertNothingStoredAsync(service, car, failures: 1);
    }

    [Fact]
    public async Task The_exchange_endpoints_are_rate_limited_with_429()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory, configure: o => o with { ExpensiveRequestsPerSecond = 1 });
        HttpClient cpo = service.Client(ApiRole.Cpo);
        HttpStatusCode[] statuses = new HttpStatusCode[4];
        for (int i = 0; i < statuses.Length; i++)
        {
            using var content = new ByteArrayContent([0x80]);
            content.Headers.Add(ProvisioningClient.NamespaceHeader, OpcpNamespaces.Iso2);
            using HttpResponseMessage response = await cpo.PostAsync("v1/cps/exchange", content);
            statuses[i] = response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.StartsWith("more than 1 requests per second", await FirstMessageAsync(response), StringComparison.Ordinal);
            }
        }

        Assert.Equal(HttpStatusCode.BadRequest, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    private static async Task<TestService> StartWithChainAsync(Car car)
    {
        TestService service = await TestService.StartAsync(car.Directory);
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);
        return service;
    }

    private static Task UploadIgnoringAsync(TestService service, Car car) => ContractProvisioningEndToEndTests.UploadChainAsync(service, car);

    private static Task<PncServiceException> RefusedAsync(TestService service, Car car, byte[] request) =>
        Assert.ThrowsAsync<PncServiceException>(() => new ContractPoolClient(service.Client(ApiRole.Cpo)).ExchangeAsync(request, car.Namespace));

    private static async Task<string> FirstMessageAsync(HttpResponseMessage response)
    {
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errorMessages")[0].GetString()!;
    }

    /// <summary>No certificate issued, no contract pooled; the log holds exactly the failed exchanges.</summary>
    private static async Task AssertNothingStoredAsync(TestService service, Car car, int failures)
    {
        IPncStore store = service.Service.Store;
        Assert.Empty(await store.ListIssuedCertificatesAsync(null));
        Assert.Empty(await store.GetContractDataByPcidAsync(car.Pcid));
        var log = await store.GetRecentExchangesAsync(100);
        Assert.Equal(failures, log.Count);
        Assert.All(log, e => Assert.False(e.Succeeded));
    }
}
