using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Security.Provisioning;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Pools;
using V2G.Services.Features.Provisioning;
using V2G.Services.Security;
using V2G.Services.Storage;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Provisioning;

/// <summary>
/// A pooled contract is delivered again only while its contract certificate is valid and not revoked; otherwise the CPS issues a
/// new contract under a new eMAID (a revoked contract ID stays revoked), which becomes the vehicle's default.
/// </summary>
public sealed class PooledContractRedeliveryTests
{
    private static readonly byte[] SessionId = Convert.FromHexString("3132333435363738");

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public async Task After_the_default_contract_is_revoked_the_next_installation_gets_a_new_contract(string set)
    {
        var car = new Car(SharedData.Pki(set));
        await using TestService service = await TestService.StartAsync(car.Directory);
        await ContractProvisioningEndToEndTests.UploadChainAsync(service, car);
        var cpo = new ContractPoolClient(service.Client(ApiRole.Cpo));
        MessageDef first = Assert.Single(await cpo.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace));
        IssuedCertificateRecord firstIssued = Assert.Single(await service.Service.Store.ListIssuedCertificatesAsync("MOSubCA2"));
        await service.Service.Store.RevokeAsync(new RevocationEntry("MOSubCA2", firstIssued.SerialNumberHex, DateTimeOffset.UtcNow, 1));

        MessageDef second = Assert.Single(await cpo.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace));

        Assert.NotEqual(first.Emaid, second.Emaid);
        byte[]? x448 = second.ContractKeyAgreementPublicKey is { } k ? Convert.FromBase64String(k) : null;
        var installed = car.Install(Convert.FromBase64String(second.CertificateInstallationRes!), x448);
        Assert.True(installed.IsSuccess, installed.ToString());
        using InstalledContract contract = installed.Value;
        string serial = CertificateSerial.Of(contract.ContractChain.Leaf);
        Assert.NotEqual(firstIssued.SerialNumberHex, serial);
        RevocationState revocations = await service.Service.Store.GetRevocationStateAsync("MOSubCA2");
        Assert.DoesNotContain(revocations.Entries, e => e.SerialNumberHex == serial);
        Assert.Equal(2, (await service.Service.Store.ListIssuedCertificatesAsync("MOSubCA2")).Count);

        ContractSummary current = Assert.Single(await new ContractPoolClient(service.Client(ApiRole.Oem)).GetContractsAsync(car.Pcid),
            c => c.DefaultContract);
        Assert.Equal(second.Emaid, current.Emaid);
        ExchangeRecord logged = (await service.Service.Store.GetRecentExchangesAsync(1))[0];
        Assert.EndsWith($"because the pooled contract certificate of {first.Emaid} (serial {firstIssued.SerialNumberHex}) is revoked by MOSubCA2",
            logged.Detail, StringComparison.Ordinal);

        // The new default is delivered again as it is (not re-issued).
        MessageDef third = Assert.Single(await cpo.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace));
        Assert.Equal(second.Emaid, third.Emaid);
        Assert.Equal(2, (await service.Service.Store.ListIssuedCertificatesAsync("MOSubCA2")).Count);
    }

    [Fact]
    public async Task A_pooled_contract_outside_its_validity_period_is_not_delivered()
    {
        var car = new Car(SharedData.Pki("iso2"));
        using X509Certificate2 certificate = car.Cert("ContractCert");
        var record = new ContractDataRecord("DEABCC12345678", car.Pcid, OpcpNamespaces.Iso2, [], certificate.RawData, true, null,
            DateTimeOffset.UtcNow);
        PkiDirectory pki = Folder(car);
        await using var store = new InMemoryPncStore();
        DateTimeOffset notAfter = new(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        DateTimeOffset notBefore = new(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);

        Assert.Null(await PooledContractCheck.ProblemAsync(record, pki, store, notBefore.AddMinutes(1), default));
        string? expired = await PooledContractCheck.ProblemAsync(record, pki, store, notAfter.AddSeconds(1), default);
        Assert.StartsWith("the pooled contract certificate of DEABCC12345678 is valid only from", expired, StringComparison.Ordinal);
        string? early = await PooledContractCheck.ProblemAsync(record, pki, store, notBefore.AddSeconds(-1), default);
        Assert.StartsWith("the pooled contract certificate of DEABCC12345678 is valid only from", early, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pooled_contract_whose_issuer_is_not_a_ca_of_the_folder_is_not_delivered()
    {
        var car = new Car(SharedData.Pki("iso2"));
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=DEABCC12345678, O=Elsewhere", key, HashAlgorithmName.SHA256);
        using X509Certificate2 foreign = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var record = new ContractDataRecord("DEABCC12345678", car.Pcid, OpcpNamespaces.Iso2, [], foreign.RawData, true, null,
            DateTimeOffset.UtcNow);
        await using var store = new InMemoryPncStore();

        string? problem = await PooledContractCheck.ProblemAsync(record, Folder(car), store, DateTimeOffset.UtcNow, default);

        Assert.Equal("the issuer of the pooled contract certificate of DEABCC12345678 ('CN=DEABCC12345678, O=Elsewhere') is not a CA of "
            + "this service", problem);
    }

    private static PkiDirectory Folder(Car car) =>
        PkiDirectory.TryOpen(car.Directory, out PkiDirectory? pki, out string? error) ? pki : throw new InvalidOperationException(error);
}
