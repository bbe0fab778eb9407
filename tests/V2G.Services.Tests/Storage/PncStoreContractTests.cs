using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using V2G.Services.Storage;
using Xunit;
using static V2G.Services.Tests.Storage.SampleRecords;

namespace V2G.Services.Tests.Storage;

/// <summary>
/// The store contract (<see cref="IPncStore"/>): every store passes the same facts. A concrete class supplies a fresh,
/// empty store per test.
/// </summary>
public abstract class PncStoreContractTests : IAsyncLifetime
{
    private IPncStore? _store;

    /// <summary>The store under test (initialized).</summary>
    protected IPncStore Store => _store ?? throw new InvalidOperationException("not initialized");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
    }

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_store != null)
        {
            await _store.DisposeAsync();
        }
    }

    /// <summary>A new, empty, not yet initialized store.</summary>
    protected abstract Task<IPncStore> CreateStoreAsync();

    [StoreFact]
    public async Task Initialize_again_keeps_the_data()
    {
        await Store.RevokeAsync(Revoked("MOSubCA2", "0A"));
        await Store.InitializeAsync();
        Assert.Single((await Store.GetRevocationStateAsync("MOSubCA2")).Entries);
    }

    [StoreFact]
    public async Task A_ca_without_revocations_has_no_entries_and_crl_number_zero()
    {
        RevocationState state = await Store.GetRevocationStateAsync("CPOSubCA2");
        Assert.Equal("CPOSubCA2", state.CaName);
        Assert.Empty(state.Entries);
        Assert.Equal(0, state.CrlNumber);
    }

    [StoreFact]
    public async Task Revocations_increment_the_crl_number_per_ca_and_list_oldest_first()
    {
        Assert.Equal(new RevocationOutcome(true, 1), await Store.RevokeAsync(Revoked("MOSubCA2", "0B", 1)));
        Assert.Equal(new RevocationOutcome(true, 2), await Store.RevokeAsync(Revoked("MOSubCA2", "0A", 2, reason: 4)));
        Assert.Equal(new RevocationOutcome(true, 1), await Store.RevokeAsync(Revoked("CPOSubCA2", "0B", 3)));

        RevocationState mo = await Store.GetRevocationStateAsync("MOSubCA2");
        Assert.Equal(2, mo.CrlNumber);
        Same<IReadOnlyList<RevocationEntry>>([Revoked("MOSubCA2", "0B", 1), Revoked("MOSubCA2", "0A", 2, reason: 4)], mo.Entries);
        Assert.Equal(1, (await Store.GetRevocationStateAsync("CPOSubCA2")).CrlNumber);
    }

    [StoreFact]
    public async Task Advancing_the_crl_number_goes_past_the_current_one_and_to_the_minimum_and_keeps_entries_and_version()
    {
        Assert.Equal(1, await Store.AdvanceCrlNumberAsync("MOSubCA2", 0));
        Assert.Equal(5, await Store.AdvanceCrlNumberAsync("MOSubCA2", 5));
        long version = await Store.GetChangeVersionAsync();
        Assert.Equal(6, await Store.AdvanceCrlNumberAsync("MOSubCA2", 3));
        Assert.Equal(version, await Store.GetChangeVersionAsync()); // OCSP caches stay valid

        Assert.Equal(new RevocationOutcome(true, 7), await Store.RevokeAsync(Revoked("MOSubCA2", "0A")));
        RevocationState state = await Store.GetRevocationStateAsync("MOSubCA2");
        Assert.Equal(7, state.CrlNumber);
        Assert.Single(state.Entries);
        Assert.Equal(0, (await Store.GetRevocationStateAsync("CPOSubCA2")).CrlNumber);
    }

    [StoreFact]
    public async Task Sequences_count_per_name_from_the_minimum_and_never_repeat_under_concurrency()
    {
        Assert.Equal(1, await Store.NextSequenceAsync("emaid:DE8AAC", 0));
        Assert.Equal(10, await Store.NextSequenceAsync("emaid:DE8AAC", 10));
        Assert.Equal(11, await Store.NextSequenceAsync("emaid:DE8AAC", 5));
        Assert.Equal(1, await Store.NextSequenceAsync("emaid:FRXYZC", 1));

        long[] numbers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => Store.NextSequenceAsync("emaid:DE8AAC", 0))));
        Assert.Equal(Enumerable.Range(12, 30).Select(n => (long)n), numbers.Order());
    }

    [StoreFact]
    public async Task A_repeated_revocation_changes_nothing()
    {
        await Store.RevokeAsync(Revoked("MOSubCA2", "0A", 1, reason: 1));
        long version = await Store.GetChangeVersionAsync();

        RevocationOutcome again = await Store.RevokeAsync(Revoked("MOSubCA2", "0A", 9, reason: 5));

        Assert.Equal(new RevocationOutcome(false, 1), again);
        Same<IReadOnlyList<RevocationEntry>>([Revoked("MOSubCA2", "0A", 1, reason: 1)],
            (await Store.GetRevocationStateAsync("MOSubCA2")).Entries);
        Assert.Equal(version, await Store.GetChangeVersionAsync());
    }

    [StoreFact]
    public async Task Serial_numbers_and_ca_names_compare_case_sensitively()
    {
        await Store.RevokeAsync(Revoked("MOSubCA2", "0A"));
        Assert.True((await Store.RevokeAsync(Revoked("MOSubCA2", "0a"))).Added);
        Assert.Empty((await Store.GetRevocationStateAsync("mosubca2")).Entries);
    }

    [StoreFact]
    public async Task Concurrent_revocations_get_distinct_consecutive_crl_numbers()
    {
        const int count = 24;
        // Every serial twice, all at once: each is added exactly once and no increment is lost.
        RevocationOutcome[] outcomes = await Task.WhenAll(Enumerable.Range(0, count * 2).Select(i =>
            Task.Run(() => Store.RevokeAsync(Revoked("MOSubCA2", (i % count).ToString("X4"), i)))));

        long[] added = outcomes.Where(o => o.Added).Select(o => o.CrlNumber).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), added);
        RevocationState state = await Store.GetRevocationStateAsync("MOSubCA2");
        Assert.Equal(count, state.CrlNumber);
        Assert.Equal(count, state.Entries.Select(e => e.SerialNumberHex).Distinct().Count());
        Assert.Equal(count, state.Entries.Count);
    }

    [StoreFact]
    public async Task The_change_version_grows_with_revocations_and_issued_certificates()
    {
        long start = await Store.GetChangeVersionAsync();
        await Store.RevokeAsync(Revoked("MOSubCA2", "0A"));
        long afterRevocation = await Store.GetChangeVersionAsync();
        await Store.AddIssuedCertificateAsync(Issued("MOSubCA2", "0B"));
        long afterIssue = await Store.GetChangeVersionAsync();

        Assert.True(afterRevocation > start, $"{afterRevocation} > {start}");
        Assert.True(afterIssue > afterRevocation, $"{afterIssue} > {afterRevocation}");
    }

    [StoreFact]
    public async Task Issued_certificates_are_found_by_ca_and_serial_and_listed_newest_first()
    {
        await Store.AddIssuedCertificateAsync(Issued("MOSubCA2", "01", 1));
        await Store.AddIssuedCertificateAsync(Issued("CPOSubCA2", "01", 2));
        await Store.AddIssuedCertificateAsync(Issued("MOSubCA2", "02", 3));

        Same(Issued("MOSubCA2", "01", 1), await Store.FindIssuedCertificateAsync("MOSubCA2", "01"));
        Assert.Null(await Store.FindIssuedCertificateAsync("MOSubCA2", "03"));
        Assert.Null(await Store.FindIssuedCertificateAsync("OEMSubCA2", "01"));
        Same<IReadOnlyList<IssuedCertificateRecord>>(
            [Issued("MOSubCA2", "02", 3), Issued("CPOSubCA2", "01", 2), Issued("MOSubCA2", "01", 1)],
            await Store.ListIssuedCertificatesAsync(null));
        Same<IReadOnlyList<IssuedCertificateRecord>>(
            [Issued("MOSubCA2", "02", 3), Issued("MOSubCA2", "01", 1)], await Store.ListIssuedCertificatesAsync("MOSubCA2"));
        Assert.Empty(await Store.ListIssuedCertificatesAsync("OEMSubCA2"));
    }

    [StoreFact]
    public async Task Issuing_a_serial_again_replaces_the_record_and_makes_it_newest()
    {
        await Store.AddIssuedCertificateAsync(Issued("MOSubCA2", "01", 1));
        await Store.AddIssuedCertificateAsync(Issued("MOSubCA2", "02", 2));
        await Store.AddIssuedCertificateAsync(Issued("MOSubCA2", "01", 3));

        Same<IReadOnlyList<IssuedCertificateRecord>>(
            [Issued("MOSubCA2", "01", 3), Issued("MOSubCA2", "02", 2)], await Store.ListIssuedCertificatesAsync(null));
    }

    [StoreFact]
    public async Task Root_pool_puts_replaces_lists_by_ordinal_id_and_deletes()
    {
        await Store.PutRootCertificateAsync(Root("b-root", "MO", 1));
        await Store.PutRootCertificateAsync(Root("Z-root", "OEM", 2));
        await Store.PutRootCertificateAsync(Root("a-root", "V2G", 3));
        await Store.PutRootCertificateAsync(Root("b-root", "V2G", 4));

        Same<IReadOnlyList<RootCertificateRecord>>(
            [Root("Z-root", "OEM", 2), Root("a-root", "V2G", 3), Root("b-root", "V2G", 4)], await Store.ListRootCertificatesAsync());
        Same(Root("a-root", "V2G", 3), await Store.GetRootCertificateAsync("a-root"));
        Assert.Null(await Store.GetRootCertificateAsync("A-root"));
        Assert.True(await Store.DeleteRootCertificateAsync("a-root"));
        Assert.False(await Store.DeleteRootCertificateAsync("a-root"));
        Assert.Null(await Store.GetRootCertificateAsync("a-root"));
        Assert.Equal(2, (await Store.ListRootCertificatesAsync()).Count);
    }

    [StoreFact]
    public async Task Provisioning_pool_puts_replaces_and_deletes_with_optional_fields()
    {
        await Store.PutProvisioningCertificateAsync(ProvisioningOf("PCID1", 1, full: true));
        await Store.PutProvisioningCertificateAsync(ProvisioningOf("PCID2", 2, full: false));
        Same(ProvisioningOf("PCID1", 1, full: true), await Store.GetProvisioningCertificateAsync("PCID1"));
        Same(ProvisioningOf("PCID2", 2, full: false), await Store.GetProvisioningCertificateAsync("PCID2"));

        await Store.PutProvisioningCertificateAsync(ProvisioningOf("PCID1", 5, full: false));
        Same(ProvisioningOf("PCID1", 5, full: false), await Store.GetProvisioningCertificateAsync("PCID1"));
        Assert.True(await Store.DeleteProvisioningCertificateAsync("PCID1"));
        Assert.False(await Store.DeleteProvisioningCertificateAsync("PCID1"));
        Assert.Null(await Store.GetProvisioningCertificateAsync("PCID1"));
        Assert.Null(await Store.GetProvisioningCertificateAsync("pcid2"));
    }

    [StoreFact]
    public async Task The_first_contract_of_a_pcid_is_its_default()
    {
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", n: 1));
        await Store.PutContractDataAsync(Contract("EMAID2", "PCID1", n: 2));
        await Store.PutContractDataAsync(Contract("EMAID2", "PCID2", n: 3));

        Same<IReadOnlyList<ContractDataRecord>>(
            [Contract("EMAID1", "PCID1", isDefault: true, n: 1), Contract("EMAID2", "PCID1", n: 2)],
            await Store.GetContractDataByPcidAsync("PCID1"));
        Same<IReadOnlyList<ContractDataRecord>>(
            [Contract("EMAID2", "PCID1", n: 2), Contract("EMAID2", "PCID2", isDefault: true, n: 3)],
            await Store.GetContractDataByEmaidAsync("EMAID2"));
        Assert.Empty(await Store.GetContractDataByEmaidAsync("EMAID3"));
        Assert.Empty(await Store.GetContractDataByPcidAsync("PCID3"));
    }

    [StoreFact]
    public async Task A_contract_put_as_default_becomes_the_only_default_of_its_pcid()
    {
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", n: 1));
        await Store.PutContractDataAsync(Contract("EMAID2", "PCID1", isDefault: true, n: 2));

        Assert.Equal(["EMAID2"], await DefaultsAsync("PCID1"));
    }

    [StoreFact]
    public async Task Replacing_the_default_contract_keeps_it_default_and_makes_it_newest()
    {
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", n: 1));
        await Store.PutContractDataAsync(Contract("EMAID2", "PCID1", n: 2));
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", n: 3));

        Same<IReadOnlyList<ContractDataRecord>>(
            [Contract("EMAID2", "PCID1", n: 2), Contract("EMAID1", "PCID1", isDefault: true, n: 3)],
            await Store.GetContractDataByPcidAsync("PCID1"));
    }

    [StoreFact]
    public async Task The_default_belongs_to_the_emaid_in_every_namespace()
    {
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", Iso2, n: 1));
        await Store.PutContractDataAsync(Contract("EMAID2", "PCID1", Iso2, n: 2));
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", Iso20, n: 3));

        Assert.Equal(["EMAID1", "EMAID1"], await DefaultsAsync("PCID1"));
        Assert.Equal(3, (await Store.GetContractDataByPcidAsync("PCID1")).Count);
    }

    [StoreFact]
    public async Task Set_default_moves_the_default_and_refuses_an_unknown_pair()
    {
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", n: 1));
        await Store.PutContractDataAsync(Contract("EMAID2", "PCID1", n: 2));
        await Store.PutContractDataAsync(Contract("EMAID3", "PCID2", n: 3));

        Assert.True(await Store.SetDefaultContractAsync("PCID1", "EMAID2"));
        Assert.Equal(["EMAID2"], await DefaultsAsync("PCID1"));
        Assert.False(await Store.SetDefaultContractAsync("PCID1", "EMAID3"));
        Assert.False(await Store.SetDefaultContractAsync("PCID9", "EMAID1"));
        Assert.Equal(["EMAID2"], await DefaultsAsync("PCID1"));
        Assert.Equal(["EMAID3"], await DefaultsAsync("PCID2"));
    }

    [StoreFact]
    public async Task Deleting_an_emaid_removes_all_its_contracts_and_hands_the_default_to_the_oldest_remaining()
    {
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", Iso2, n: 1));
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID1", Iso20, n: 2));
        await Store.PutContractDataAsync(Contract("EMAID2", "PCID1", n: 3));
        await Store.PutContractDataAsync(Contract("EMAID3", "PCID1", n: 4));
        await Store.PutContractDataAsync(Contract("EMAID1", "PCID2", n: 5));

        Assert.Equal(3, await Store.DeleteContractDataAsync("EMAID1"));
        Assert.Equal(0, await Store.DeleteContractDataAsync("EMAID1"));

        Assert.Empty(await Store.GetContractDataByEmaidAsync("EMAID1"));
        Assert.Empty(await Store.GetContractDataByPcidAsync("PCID2"));
        Same<IReadOnlyList<ContractDataRecord>>(
            [Contract("EMAID2", "PCID1", isDefault: true, n: 3), Contract("EMAID3", "PCID1", n: 4)],
            await Store.GetContractDataByPcidAsync("PCID1"));
    }

    [StoreFact]
    public async Task Exchanges_are_listed_newest_first_up_to_the_maximum()
    {
        for (int i = 1; i <= 5; i++)
        {
            await Store.AddExchangeAsync(Exchange(i, succeeded: i != 3));
        }

        Same<IReadOnlyList<ExchangeRecord>>([Exchange(5), Exchange(4), Exchange(3, succeeded: false)],
            await Store.GetRecentExchangesAsync(3));
        Assert.Equal(5, (await Store.GetRecentExchangesAsync(100)).Count);
        Assert.Empty(await Store.GetRecentExchangesAsync(0));
        Assert.Empty(await Store.GetRecentExchangesAsync(-1));
    }

    [StoreFact]
    public async Task The_exchange_log_keeps_the_latest_thousand()
    {
        int total = StoreLimits.ExchangeLog + 5;
        for (int i = 1; i <= total; i++)
        {
            await Store.AddExchangeAsync(Exchange(i));
        }

        IReadOnlyList<ExchangeRecord> log = await Store.GetRecentExchangesAsync(int.MaxValue);
        Assert.Equal(StoreLimits.ExchangeLog, log.Count);
        Same(Exchange(total), log[0]);
        Same(Exchange(6), log[^1]);
    }

    [StoreFact]
    public async Task Values_are_stored_literally()
    {
        // Quotes, SQL and JSON syntax, non-ASCII: data, never syntax.
        const string odd = "x'); DROP TABLE pnc_root; --\"}]\u00e9\u4e2d";
        await Store.PutRootCertificateAsync(Root(odd));
        await Store.RevokeAsync(Revoked(odd, odd));

        Assert.Equal(odd, (await Store.GetRootCertificateAsync(odd))?.RootCertificateId);
        Assert.Equal(odd, Assert.Single((await Store.GetRevocationStateAsync(odd)).Entries).SerialNumberHex);
        Assert.Single(await Store.ListRootCertificatesAsync());
    }

    private async Task<string[]> DefaultsAsync(string pcid) =>
        (await Store.GetContractDataByPcidAsync(pcid)).Where(c => c.IsDefault).Select(c => c.Emaid).ToArray();
}
