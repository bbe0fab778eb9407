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
    public async Task An_instance_that_lost_the_race_for_an_emaid_revokes_its_certificate_and_delivers_the_next_emaid()
    {
        var car = new Car(SharedData.Pki("iso2"));
        await using var store = new LaggingIssuedListStore(new InMemoryPncStore());
        using CertificateProvisioningService cps = Cps(car, store);
        string taken = EmaidPolicy.Default.Create(1);
        ContractDataRecord other = Record(taken, "PCID0000000000000B", 9);
        await store.PutContractDataAsync(other);
        store.MissNextEmaidLookup = true;

        ProvisioningExchangeResult result = await cps.ExchangeAsync(car.InstallationRequest(SessionId), car.Namespace, false, false, default);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(EmaidPolicy.Default.Create(2), result.Emaid);
        IssuedCertificateRecord lost = (await store.Inner.ListIssuedCertificatesAsync(ContractIssuer.IssuingCaName)).Single(r => r.Subject == taken);
        RevocationEntry revoked = Assert.Single((await store.GetRevocationStateAsync(ContractIssuer.IssuingCaName)).Entries);
        Assert.Equal((lost.SerialNumberHex, 4), (revoked.SerialNumberHex, revoked.Reason));
        Assert.Equal(other.Pcid, Assert.Single(await store.GetContractDataByEmaidAsync(taken)).Pcid);
        Assert.Equal(result.Emaid, Assert.Single(await store.GetContractDataByPcidAsync(car.Pcid)).Emaid);
    }

    [Fact]
    public async Task Of_two_instances_that_pooled_the_same_emaid_the_older_record_keeps_it_and_the_other_is_withdrawn()
    {
        await using var store = new InMemoryPncStore();
        using var sequence = new EmaidSequence(store, EmaidPolicy.Default);
        string emaid = EmaidPolicy.Default.Create(7);
        ContractDataRecord older = Record(emaid, "PCID0000000000000A", 1), newer = Record(emaid, "PCID0000000000000B", 2);
        await store.PutContractDataAsync(older);
        await store.PutContractDataAsync(newer);

        Assert.False(await sequence.HoldsAsync(newer, default));
        Assert.True(await sequence.HoldsAsync(older, default));

        ContractDataRecord left = Assert.Single(await store.GetContractDataByEmaidAsync(emaid));
        Assert.Equal(older.Pcid, left.Pcid);
        Assert.Empty(await store.GetContractDataByPcidAsync(newer.Pcid));
    }

    [Fact]
    public async Task A_record_replaced_by_a_concurrent_issuance_for_the_same_vehicle_gives_up_its_emaid()
    {
        await using var store = new InMemoryPncStore();
        using var sequence = new EmaidSequence(store, EmaidPolicy.Default);
        string emaid = EmaidPolicy.Default.Create(7);
        ContractDataRecord mine = Record(emaid, "PCID0000000000000A", 1), theirs = Record(emaid, "PCID0000000000000A", 2);
        await store.PutContractDataAsync(mine);
        await store.PutContractDataAsync(theirs);

        Assert.False(await sequence.HoldsAsync(mine, default));
        Assert.True(await sequence.HoldsAsync(theirs, default));
        Assert.Equal(theirs.ContractCertificate, Assert.Single(await store.GetContractDataByEmaidAsync(emaid)).ContractCertificate);
    }

    private static ContractDataRecord Record(string emaid, string pcid, byte certificate) =>
        new(emaid, pcid, OpcpNamespaces.Iso2, [certificate], [certificate], true, null, DateTimeOffset.UtcNow);

    private static CertificateProvisioningService Cps(Car car, IPncStore store) => new(
        PkiDirectory.TryOpen(car.Directory, out PkiDirectory? pki, out string? error) ? pki : throw new InvalidOperationException(error),
        store, TimeProvider.System, new CertificateProvisioningOptions());
}
