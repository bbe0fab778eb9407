using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Exi;
using V2G.Messages.Iso2;
using CommonMessagesCodec = V2G.Messages.Iso20.CommonMessagesCodec;
using CommonMessagesDocument = V2G.Messages.Iso20.CommonMessagesDocument;
using V2G.Security;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Security.Signatures;
using V2G.Security.Signatures.Crypto;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Pools;
using V2G.Services.Client.Provisioning;
using V2G.Services.Security;
using V2G.Services.Storage;
using V2G.Services.Tests.Hosting;
using Xunit;
using Iso20Types = V2G.Messages.Iso20;

namespace V2G.Services.Tests.Provisioning;

/// <summary>
/// A car without a contract, an OEM, a CPO and the service over loopback HTTP: the OEM uploads the vehicle's chain, the CPO posts
/// the car's CertificateInstallationReq to the OPCP exchange, the car installs the contract and authorizes with it; then
/// CertificateUpdate (ISO-2) through the plain endpoint.
/// </summary>
public sealed class ContractProvisioningEndToEndTests
{
    private static readonly byte[] SessionId = Convert.FromHexString("0102030405060708");

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public async Task A_car_without_a_contract_gets_one_through_the_pool_exchange(string set)
    {
        var car = new Car(SharedData.Pki(set));
        await using TestService service = await TestService.StartAsync(SharedData.Pki(set));
        await UploadChainAsync(service, car);

        var contracts = new ContractPoolClient(service.Client(ApiRole.Cpo));
        MessageDef delivered = Assert.Single(await contracts.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace, "bench run"));
        Assert.Equal("bench run", delivered.MetaData);
        Assert.StartsWith("DE8AAC00000001", delivered.Emaid, StringComparison.Ordinal);
        byte[] response = Convert.FromBase64String(delivered.CertificateInstallationRes!);
        byte[]? x448 = delivered.ContractKeyAgreementPublicKey is { } k ? Convert.FromBase64String(k) : null;
        Assert.Equal(car.Profile == SecurityProfile.Iso20Ed448, x448 != null);

        var installed = car.Install(response, x448);
        Assert.True(installed.IsSuccess, installed.ToString());
        using InstalledContract contract = installed.Value;
        Assert.Equal(delivered.Emaid, contract.EMaid);
        Assert.True(contract.PrivateKey.PublicKeyChecked);

        // The contract chain the charger trusts comes from the pool: the pool's certificate is the one the car installed.
        ContractSummary pooled = Assert.Single(await new ContractPoolClient(service.Client(ApiRole.Cpo)).LookupContractAsync(contract.EMaid));
        Assert.True(pooled.DefaultContract);
        Assert.Equal(car.Pcid, pooled.Pcid);
        using X509Certificate2 poolCertificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(pooled.ContractCertificate!));
        Assert.Equal(contract.ContractChain.Leaf.RawData, poolCertificate.RawData);
        HttpClient charger = service.Client(ApiRole.Cpo);
        Assert.Equal(poolCertificate.RawData, await charger.GetByteArrayAsync($"v1/ccp/contractCertificates/{contract.EMaid}.der"));
        string pem = await charger.GetStringAsync($"v1/ccp/contractCertificates/{contract.EMaid}.pem");
        Assert.Equal(poolCertificate.RawData, X509Certificate2.CreateFromPem(pem).RawData);
        ChainValidationResult chain = CertificateChainValidator.Validate(poolCertificate, contract.ContractChain.SubCertificates, car.Roots,
            car.Trust().Options with { Role = CertificateRole.Contract });
        Assert.True(chain.IsValid, chain.ToString());
        if (car.Profile != SecurityProfile.Iso20Ed448)
        {
            AuthorizeWith(car, contract, poolCertificate);
        }

        // The store recorded the issued certificate (OCSP good) and the exchange.
        IssuedCertificateRecord issued = Assert.Single(await service.Service.Store.ListIssuedCertificatesAsync("MOSubCA2"));
        Assert.Equal(contract.EMaid, issued.Subject);
        Assert.Equal(V2G.Security.Authority.CertificateSerial.Of(poolCertificate), issued.SerialNumberHex);
        ExchangeRecord logged = Assert.Single(await service.Service.Store.GetRecentExchangesAsync(10));
        Assert.True(logged.Succeeded);
        Assert.Equal(car.Pcid, logged.Pcid);

        // A second installation of the same vehicle delivers the pool's default contract, re-headed with the new SessionID.
        byte[] secondSession = Convert.FromHexString("1112131415161718");
        MessageDef again = Assert.Single(await contracts.ExchangeAsync(car.InstallationRequest(secondSession), car.Namespace));
        Assert.Equal(contract.EMaid, again.Emaid);
        byte[] againResponse = Convert.FromBase64String(again.CertificateInstallationRes!);
        Assert.Equal(secondSession, car.SessionIdOf(againResponse));
        var reinstalled = car.Install(againResponse, x448);
        Assert.True(reinstalled.IsSuccess, reinstalled.ToString());
        reinstalled.Value.Dispose();
        Assert.Single(await service.Service.Store.ListIssuedCertificatesAsync("MOSubCA2"));
    }

    [Fact]
    public async Task An_iso2_contract_is_updated_through_the_plain_endpoint_for_the_same_emaid()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        var cps = new ProvisioningClient(service.Client(ApiRole.Cpo));
        byte[] installation = await cps.ExchangeAsync(car.InstallationRequest(SessionId), OpcpNamespaces.Iso2);
        var installed = car.Install(installation, null);
        Assert.True(installed.IsSuccess, installed.ToString());
        using InstalledContract current = installed.Value;

        using ECDsa currentKey = current.PrivateKey.CreateEcdsa()!;
        var update = Iso2CertificateRequests.BuildUpdateReq(SessionId, current.ContractChain, car.Roots, new EcdsaSigner(currentKey));
        Assert.True(update.IsSuccess, update.ToString());
        byte[] updateResponse = await cps.ExchangeAsync(Iso2Codec.Encode(Iso2Document.FromV2G_Message(update.Value)), OpcpNamespaces.Iso2);

        Assert.IsType<CertificateUpdateResType>(Iso2Codec.Decode(updateResponse).V2G_Message!.Body.BodyElement);
        using ECDiffieHellman recipient = ECDiffieHellman.Create(currentKey.ExportParameters(true));
        var updated = Iso2ContractInstaller.Install(Iso2Codec.Decode(updateResponse), recipient, car.Trust(car.Cert("V2GRootCA")),
            car.Trust(car.Roots));
        Assert.True(updated.IsSuccess, updated.ToString());
        using InstalledContract renewed = updated.Value;
        Assert.Equal(current.EMaid, renewed.EMaid);
        Assert.NotEqual(current.ContractChain.Leaf.SerialNumber, renewed.ContractChain.Leaf.SerialNumber);
        AuthorizeWith(car, renewed, renewed.ContractChain.Leaf);

        var issued = await service.Service.Store.ListIssuedCertificatesAsync("MOSubCA2");
        Assert.Equal(2, issued.Count);
        Assert.All(issued, r => Assert.Equal(current.EMaid, r.Subject));
        var log = await service.Service.Store.GetRecentExchangesAsync(10);
        Assert.Equal(["CertificateUpdate", "CertificateInstallation"], log.Select(e => e.Kind));
        Assert.All(log, e => Assert.True(e.Succeeded));
    }

    [Fact]
    public async Task An_update_whose_current_contract_was_revoked_is_refused_and_nothing_is_issued()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"));
        var cps = new ProvisioningClient(service.Client(ApiRole.Cpo));
        var installed = car.Install(await cps.ExchangeAsync(car.InstallationRequest(SessionId), OpcpNamespaces.Iso2), null);
        Assert.True(installed.IsSuccess, installed.ToString());
        using InstalledContract current = installed.Value;
        await service.Service.Store.RevokeAsync(new RevocationEntry("MOSubCA2",
            V2G.Security.Authority.CertificateSerial.Of(current.ContractChain.Leaf), DateTimeOffset.UtcNow.AddMinutes(-1), 1));

        using ECDsa currentKey = current.PrivateKey.CreateEcdsa()!;
        var update = Iso2CertificateRequests.BuildUpdateReq(SessionId, current.ContractChain, car.Roots, new EcdsaSigner(currentKey));
        var refused = await Assert.ThrowsAsync<V2G.Services.Client.PncServiceException>(() =>
            cps.ExchangeAsync(Iso2Codec.Encode(Iso2Document.FromV2G_Message(update.Value!)), OpcpNamespaces.Iso2));
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("CurrentContractChainInvalid", refused.Messages[0], StringComparison.Ordinal);
        Assert.Contains("revoked", refused.Messages[0], StringComparison.Ordinal);
        Assert.Single(await service.Service.Store.ListIssuedCertificatesAsync("MOSubCA2"));
    }

    internal static async Task UploadChainAsync(TestService service, Car car)
    {
        var pool = new ProvisioningPoolClient(service.Client(ApiRole.Oem));
        ProvisioningCertificateData stored = await pool.PutAsync(new ProvisioningCertificateUpload
        {
            VehicleCertificate = Convert.ToBase64String(car.Cert("OEMProvCert").RawData),
            SubCa2Certificate = Convert.ToBase64String(car.Cert("OEMSubCA2").RawData),
            SubCa1Certificate = Convert.ToBase64String(car.Cert("OEMSubCA1").RawData),
            XsdMsgDefNamespace = car.Namespace,
        });
        Assert.Equal(car.Pcid, stored.Pcid);
        Assert.Equal(car.Cert("OEMRootCA").Subject, stored.RootIssuerDistinguishedName);
    }

    /// <summary>The car signs an AuthorizationReq with its new contract key; the charger verifies it with the pool's certificate.</summary>
    internal static void AuthorizeWith(Car car, InstalledContract contract, X509Certificate2 chargerCertificate)
    {
        byte[] challenge = RandomNumberGenerator.GetBytes(16);
        using ECDsa key = contract.PrivateKey.CreateEcdsa()!;
        var options = new SignatureVerificationOptions { ExpectedGenChallenge = challenge };
        SignatureVerificationResult verified;
        if (car.IsIso2)
        {
            V2G_Message authorization = Car.Iso2Authorization(SessionId, challenge);
            V2GSignature.Sign(authorization, new EcdsaSigner(key));
            var received = Iso2Codec.Decode(Iso2Codec.Encode(Iso2Document.FromV2G_Message(authorization)));
            verified = V2GSignature.Verify(received, chargerCertificate, options);
        }
        else
        {
            var authorization = CommonMessagesDocument.FromAuthorizationReq(new Iso20Types.AuthorizationReqType
            {
                Header = new Iso20Types.MessageHeaderType { SessionID = SessionId, TimeStamp = 1767225600 },
                SelectedAuthorizationService = Iso20Types.AuthorizationType.PnC,
                PnC_AReqAuthorizationMode = new Iso20Types.PnC_AReqAuthorizationModeType
                {
                    Id = "ID1",
                    GenChallenge = challenge,
                    ContractCertificateChain = new Iso20Types.ContractCertificateChainType
                    {
                        Certificate = contract.ContractChain.Leaf.RawData,
                        SubCertificates = new Iso20Types.SubCertificatesType
                        {
                            Certificate = contract.ContractChain.SubCertificates.Select(c => c.RawData).ToList(),
                        },
                    },
                },
            });
            V2GSignature.Sign(authorization, new EcdsaSigner(key));
            verified = V2GSignature.Verify(CommonMessagesCodec.Decode(CommonMessagesCodec.Encode(authorization)), chargerCertificate, options);
        }

        Assert.True(verified.IsValid, verified.ToString());
        Assert.True(verified.GenChallengeChecked);
    }
}
