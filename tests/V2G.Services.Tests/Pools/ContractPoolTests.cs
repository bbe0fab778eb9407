using System;
using System.Net;
using System.Security.Cryptography;
using System.Threading.Tasks;
using V2G.Messages.Iso2;
using V2G.Security.Provisioning;
using V2G.Services.Client;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Pools;
using V2G.Services.Security;
using V2G.Services.Tests.Hosting;
using V2G.Services.Tests.Provisioning;
using Xunit;

namespace V2G.Services.Tests.Pools;

/// <summary>The OPCP contract certificate pool: MO uploads of signed contract data, lookups, default choice, delivery, removal.</summary>
public sealed class ContractPoolTests
{
    private const string Emaid = "DEABCC12345678";
    private static readonly byte[] SessionId = Convert.FromHexString("2122232425262728");

    [Fact]
    public async Task An_MO_upload_is_what_the_exchange_delivers_to_the_vehicle()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);
        await new ContractPoolClient(service.Client(ApiRole.Mo)).PutAsync(Upload(car, SignedContractData(car), Emaid));

        var oem = new ContractPoolClient(service.Client(ApiRole.Oem));
        ContractSummary listed = Assert.Single(await oem.GetContractsAsync(car.Pcid));
        Assert.Equal(Emaid, listed.Emaid);
        Assert.True(listed.DefaultContract);
        Assert.Equal(car.Cert("ContractCert").RawData, Convert.FromBase64String(listed.ContractCertificate!));
        ProvideContractDataResponse provided = await oem.ProvideAsync(Emaid, car.Pcid);
        Assert.Equal(OpcpNamespaces.Iso2, provided.XsdMsgDefNamespace);
        Assert.Equal([Emaid], (await new ProvisioningPoolClient(service.Client(ApiRole.Mo)).LookupVehicleAsync(car.Pcid)).Emaids);

        MessageDef delivered = Assert.Single(await new ContractPoolClient(service.Client(ApiRole.Cpo)).ExchangeAsync(
            car.InstallationRequest(SessionId), car.Namespace));
        Assert.Equal(Emaid, delivered.Emaid);
        var installed = car.Install(Convert.FromBase64String(delivered.CertificateInstallationRes!), null);
        Assert.True(installed.IsSuccess, installed.ToString());
        using InstalledContract contract = installed.Value;
        using ECDsa expected = ECDsa.Create();
        expected.ImportFromPem(car.KeyPem("ContractCert"));
        Assert.Equal(expected.ExportParameters(true).D, contract.PrivateKey.ToArray());
        Assert.Empty(await service.Service.Store.ListIssuedCertificatesAsync(null));

        await oem.SetDefaultAsync(car.Pcid, Emaid);
        await new ContractPoolClient(service.Client(ApiRole.Mo)).DeleteAsync(Emaid);
        var gone = await Assert.ThrowsAsync<PncServiceException>(() => oem.LookupContractAsync(Emaid));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal($"the contract certificate pool holds no contract data for eMAID {Emaid}", gone.Messages[0]);
    }

    [Fact]
    public async Task Uploads_that_do_not_verify_are_refused_and_not_pooled()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);
        var mo = new ContractPoolClient(service.Client(ApiRole.Mo));
        byte[] data = SignedContractData(car);

        var wrongEmaid = await Assert.ThrowsAsync<PncServiceException>(() => mo.PutAsync(Upload(car, data, "DEABCC87654321")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongEmaid.Status);
        Assert.Equal($"the contract certificate's eMAID '{Emaid}' is not the upload's 'DEABCC87654321'", wrongEmaid.Messages[0]);

        var document = Iso2Codec.Decode(data);
        ((CertificateInstallationResType)document.V2G_Message!.Body.BodyElement!).EMAID.Value = "DEABCC00000000";
        var tampered = await Assert.ThrowsAsync<PncServiceException>(() => mo.PutAsync(Upload(car, Iso2Codec.Encode(document), Emaid)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tampered.Status);
        Assert.StartsWith("the CertificateInstallationRes signature does not verify with the CPS leaf", tampered.Messages[0],
            StringComparison.Ordinal);

        var garbage = await Assert.ThrowsAsync<PncServiceException>(() => mo.PutAsync(Upload(car, [0xFF, 0x00, 0x12], Emaid)));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.Status);
        Assert.StartsWith("signedContractDataXML is not an ISO 15118-2 EXI stream", garbage.Messages[0], StringComparison.Ordinal);

        var cpo = await Assert.ThrowsAsync<PncServiceException>(() =>
            new ContractPoolClient(service.Client(ApiRole.Cpo)).PutAsync(Upload(car, data, Emaid)));
        Assert.Equal(HttpStatusCode.Forbidden, cpo.Status);
        Assert.Empty(await service.Service.Store.GetContractDataByPcidAsync(car.Pcid));
    }

    [Fact]
    public async Task An_upload_for_a_pcid_outside_the_provisioning_pool_is_refused_with_404_and_not_pooled()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        var mo = new ContractPoolClient(service.Client(ApiRole.Mo));

        var unknown = await Assert.ThrowsAsync<PncServiceException>(() => mo.PutAsync(Upload(car, SignedContractData(car), Emaid)));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal($"PCID {car.Pcid} is not in the provisioning certificate pool: the OEM must upload the vehicle's chain before "
            + "contract data is uploaded for it", unknown.Messages[0]);
        Assert.Empty(await service.Service.Store.GetContractDataByPcidAsync(car.Pcid));
        Assert.Empty(await service.Service.Store.GetContractDataByEmaidAsync(Emaid));
    }

    [Fact]
    public async Task An_upload_in_another_namespace_than_the_vehicles_is_refused_with_422_and_not_pooled()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);
        SignedContractDataUpload upload = Upload(car, SignedContractData(car), Emaid) with { XsdMsgDefNamespace = OpcpNamespaces.Iso20 };

        var other = await Assert.ThrowsAsync<PncServiceException>(() => new ContractPoolClient(service.Client(ApiRole.Mo)).PutAsync(upload));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal($"xsdMsgDefNamespace {OpcpNamespaces.Iso20} is not the namespace of vehicle {car.Pcid} in the provisioning "
            + $"certificate pool ({OpcpNamespaces.Iso2})", other.Messages[0]);
        Assert.Empty(await service.Service.Store.GetContractDataByPcidAsync(car.Pcid));
    }

    [Fact]
    public async Task An_iso20_vehicle_gets_the_first_of_its_PrioritizedEMAIDs_the_pool_holds_else_its_default()
    {
        var car = new Car(SharedData.Pki("iso20"));
        await using TestService service = await TestService.StartAsync(car.Directory);
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);
        var cpo = new ContractPoolClient(service.Client(ApiRole.Cpo));
        string issued = Assert.Single(await cpo.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace)).Emaid!;

        var request = V2G.Messages.Iso20.CommonMessagesCodec.Decode(car.InstallationRequest(SessionId));
        using ECDsa key = ECDsa.Create();
        key.ImportFromPem(car.KeyPem("ContractCert"));
        var chain = new CertificateChainData(car.Cert("ContractCert"), [car.Cert("MOSubCA2"), car.Cert("MOSubCA1")]);
        var cps = new CpsCredentials(new CertificateChainData(car.Cert("CPSLeafCert"), [car.Cert("CPSSubCA2"), car.Cert("CPSSubCA1")]),
            car.Signer("CPSLeafCert"));
        var answer = Iso20ProvisioningBackend.AnswerInstallationReq(request, car.Trust(car.Cert("OEMRootCA")), ContractDelivery.FromEcdsa(chain, key),
            cps, 1767225600);
        Assert.True(answer.IsSuccess, answer.ToString());
        await new ContractPoolClient(service.Client(ApiRole.Mo)).PutAsync(new SignedContractDataUpload
        {
            XsdMsgDefNamespace = OpcpNamespaces.Iso20, Emaid = Emaid, Pcid = car.Pcid,
            SignedContractData = Convert.ToBase64String(V2G.Messages.Iso20.CommonMessagesCodec.Encode(answer.Value)),
        });

        MessageDef preferred = Assert.Single(await cpo.ExchangeAsync(
            car.InstallationRequest(SessionId, prioritizedEmaids: ["DEXYZC99999999", Emaid]), car.Namespace));
        Assert.Equal(Emaid, preferred.Emaid);
        var installed = car.Install(Convert.FromBase64String(preferred.CertificateInstallationRes!), null);
        Assert.True(installed.IsSuccess, installed.ToString());
        installed.Value.Dispose();
        Assert.Equal(issued, Assert.Single(await cpo.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace)).Emaid);
    }

    /// <summary>What an MO with its own PKI uploads: the shared ContractCert and key, answered and signed by the CPS.</summary>
    private static byte[] SignedContractData(Car car)
    {
        var request = Iso2Codec.Decode(car.InstallationRequest(SessionId));
        using ECDsa key = ECDsa.Create();
        key.ImportFromPem(car.KeyPem("ContractCert"));
        var chain = new CertificateChainData(car.Cert("ContractCert"), [car.Cert("MOSubCA2"), car.Cert("MOSubCA1")]);
        var delivery = ContractDelivery.FromEcdsa(chain, key);
        var cps = new CpsCredentials(new CertificateChainData(car.Cert("CPSLeafCert"), [car.Cert("CPSSubCA2"), car.Cert("CPSSubCA1")]),
            car.Signer("CPSLeafCert"));
        var trust = car.Trust(car.Cert("OEMRootCA")) with { KnownSubCertificates = [car.Cert("OEMSubCA2"), car.Cert("OEMSubCA1")] };
        var response = Iso2ProvisioningBackend.AnswerInstallationReq(request, trust, delivery, cps);
        Assert.True(response.IsSuccess, response.ToString());
        return Iso2Codec.Encode(Iso2Document.FromV2G_Message(response.Value));
    }

    private static SignedContractDataUpload Upload(Car car, byte[] data, string emaid) => new()
    {
        XsdMsgDefNamespace = OpcpNamespaces.Iso2,
        Emaid = emaid,
        Pcid = car.Pcid,
        SignedContractData = Convert.ToBase64String(data),
        Metadata = "uploaded by the MO",
    };
}
