using System;
using System.Linq;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Security.Provisioning;
using V2G.Services.Client.Opcp;
using V2G.Services.Features.Provisioning;
using V2G.Services.Storage;
using Xunit;

namespace V2G.Services.Tests.Provisioning;

/// <summary>eMAID numbering by service instances that share one store.</summary>
public sealed class EmaidSequenceTests
{
    private static readonly byte[] SessionId = Convert.FromHexString("4142434445464748");

    [Fact]
    public async Task A_second_instance_whose_scan_misses_the_first_ones_issuance_does_not_reuse_its_emaid()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using var store = new LaggingIssuedListStore(new InMemoryPncStore());
        using CertificateProvisioningService first = Cps(car, store), second = Cps(car, store);

        ProvisioningExchangeResult one = await first.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace, false, false, default);
        Assert.True(one.IsSuccess, one.ToString());
        // Revoked, so that the second instance issues instead of delivering the pooled contract.
        IssuedCertificateRecord issued = Assert.Single(await store.Inner.ListIssuedCertificatesAsync(ContractIssuer.IssuingCaName));
        await store.RevokeAsync(new RevocationEntry(ContractIssuer.IssuingCaName, issued.SerialNumberHex, DateTimeOffset.UtcNow, 1));
        ProvisioningExchangeResult two = await second.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace, false, false, default);

        Assert.True(two.IsSuccess, two.ToString());
        Assert.Equal(EmaidPolicy.Default.Create(1), one.Emaid);
        Assert.Equal(EmaidPolicy.Default.Create(2), two.Emaid);
    }

    [Fact]
    public async Task One_instance_scans_the_issued_certificates_once_not_per_issuance()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using var store = new LaggingIssuedListStore(new InMemoryPncStore());
        using CertificateProvisioningService cps = Cps(car, store);

        for (int i = 1; i <= 3; i++)
        {
            ProvisioningExchangeResult result = await cps.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace, false, false, default);
            Assert.True(result.IsSuccess, result.ToString());
            Assert.Equal(EmaidPolicy.Default.Create(i), result.Emaid);
            IssuedCertificateRecord newest = (await store.Inner.ListIssuedCertificatesAsync(ContractIssuer.IssuingCaName))[0];
            await store.RevokeAsync(new RevocationEntry(ContractIssuer.IssuingCaName, newest.SerialNumberHex, DateTimeOffset.UtcNow, 1));
        }

        Assert.Equal(1, store.Scans);
    }

    [Fact]
    public async Task Two_instances_numbering_at_once_never_hand_out_one_emaid()
    {
        await using var store = new InMemoryPncStore();
        var first = new EmaidSequence(store, EmaidPolicy.Default);
        var second = new EmaidSequence(store, EmaidPolicy.Default);

        string?[] emaids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).NextAsync(ContractIssuer.IssuingCaName, default))));

        Assert.All(emaids, e => Assert.NotNull(e));
        Assert.Equal(40, emaids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, 40).Select(n => EmaidPolicy.Default.Create(n)).Order(), emaids.Order());
    }

    [Fact]
    public async Task An_emaid_an_mo_already_uploaded_contract_data_for_is_skipped()
    {
        await using var store = new InMemoryPncStore();
        await store.PutContractDataAsync(Record(EmaidPolicy.Default.Create(1), "PCID0000000000000B", 9));
        var sequence = new EmaidSequence(store, EmaidPolicy.Default);

        Assert.Equal(EmaidPolicy.Default.Create(2), await sequence.NextAsync(ContractIssuer.IssuingCaName, default));
        Assert.Equal(EmaidPolicy.Default.Create(3), await sequence.NextAsync(ContractIssuer.IssuingCaName, default));
    }

    private static ContractDataRecord Record(string emaid, string pcid, byte certificate) =>
        new(emaid, pcid, OpcpNamespaces.Iso2, [certificate], [certificate], true, null, DateTimeOffset.UtcNow);

    private static CertificateProvisioningService Cps(Car car, IPncStore store) => new(
        PkiDirectory.TryOpen(car.Directory, out PkiDirectory? pki, out string? error) ? pki : throw new InvalidOperationException(error),
        store, TimeProvider.System, new CertificateProvisioningOptions());
}
