using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Npgsql;
using V2G.Services.Storage;
using V2G.Services.Storage.Postgres;
using Xunit;
using Xunit.Abstractions;
using static V2G.Services.Tests.Storage.SampleRecords;

namespace V2G.Services.Tests.Storage;

/// <summary>What only the PostgreSQL store promises: several instances on one database, schema versioning, clear failures.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPncStoreTests(PostgresServer server, ITestOutputHelper output)
{
    [PostgresFact]
    public void The_test_server_runs()
    {
        Assert.True(server.IsRunning);
        output.WriteLine($"PostgreSQL test server: initdb + start took {server.StartTime.TotalMilliseconds:F0} ms");
    }

    [PostgresFact]
    public async Task Two_instances_see_each_others_revocations_issued_certificates_and_versions()
    {
        string database = await server.CreateDatabaseAsync();
        await using var a = new PostgresPncStore(database);
        await using var b = new PostgresPncStore(database);
        await Task.WhenAll(a.InitializeAsync(), b.InitializeAsync());

        long start = await b.GetChangeVersionAsync();
        await a.RevokeAsync(Revoked("MOSubCA2", "0A"));
        Assert.True(await b.GetChangeVersionAsync() > start);
        Same(new RevocationState("MOSubCA2", [Revoked("MOSubCA2", "0A")], 1), await b.GetRevocationStateAsync("MOSubCA2"));

        long afterRevocation = await a.GetChangeVersionAsync();
        await b.AddIssuedCertificateAsync(Issued("MOSubCA2", "0B"));
        Assert.True(await a.GetChangeVersionAsync() > afterRevocation);
        Same(Issued("MOSubCA2", "0B"), await a.FindIssuedCertificateAsync("MOSubCA2", "0B"));
        Assert.Equal(new RevocationOutcome(false, 1), await b.RevokeAsync(Revoked("MOSubCA2", "0A")));
        Assert.Equal(new RevocationOutcome(true, 2), await b.RevokeAsync(Revoked("MOSubCA2", "0C")));
    }

    [PostgresFact]
    public async Task Two_instances_revoking_at_once_lose_no_crl_number()
    {
        string database = await server.CreateDatabaseAsync();
        await using var a = new PostgresPncStore(database);
        await using var b = new PostgresPncStore(database);
        await a.InitializeAsync();
        await b.InitializeAsync();
        long start = await a.GetChangeVersionAsync();

        const int count = 40;
        // Both instances revoke every serial: each is added once, by one of them, with its own CRL number.
        RevocationOutcome[] outcomes = await Task.WhenAll(Enumerable.Range(0, count * 2).Select(i =>
            Task.Run(() => (i % 2 == 0 ? a : b).RevokeAsync(Revoked("MOSubCA2", (i / 2).ToString("X4"), i)))));

        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), outcomes.Where(o => o.Added).Select(o => o.CrlNumber).Order());
        Assert.Equal(count, (await b.GetRevocationStateAsync("MOSubCA2")).CrlNumber);
        Assert.Equal(start + count, await a.GetChangeVersionAsync());
    }

    [PostgresFact]
    public async Task A_new_instance_reads_what_an_earlier_one_stored()
    {
        string database = await server.CreateDatabaseAsync();
        await using (var first = new PostgresPncStore(database))
        {
            await first.InitializeAsync();
            await first.PutContractDataAsync(Contract("EMAID1", "PCID1", n: 1));
            await first.RevokeAsync(Revoked("MOSubCA2", "0A"));
        }

        await using var second = new PostgresPncStore(database);
        await second.InitializeAsync();
        Same(Contract("EMAID1", "PCID1", isDefault: true, n: 1), Assert.Single(await second.GetContractDataByPcidAsync("PCID1")));
        Assert.Equal(1, (await second.GetRevocationStateAsync("MOSubCA2")).CrlNumber);
    }

    [PostgresFact]
    public async Task A_database_with_a_newer_schema_is_refused()
    {
        string database = await server.CreateDatabaseAsync();
        await using (var store = new PostgresPncStore(database))
        {
            await store.InitializeAsync();
        }

        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("INSERT INTO pnc_schema_version (version) VALUES (99)", connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var newer = new PostgresPncStore(database);
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => newer.InitializeAsync());
        Assert.Equal("the database holds store schema version 99; this version of the service reads version 1", refused.Message);
    }

    [PostgresFact]
    public async Task A_missing_database_is_reported_with_the_server_and_the_reason()
    {
        string missing = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "no_such_db" }.ConnectionString;

        await using var store = new PostgresPncStore(missing);
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());
        Assert.StartsWith($"PostgreSQL at {server.Folder}:", refused.Message);
        Assert.Contains("3D000", refused.Message);
        Assert.Contains("\"no_such_db\" does not exist", refused.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_with_host_and_reason_but_not_the_password()
    {
        int port = ClosedPort();
        await using var store = new PostgresPncStore($"Host=127.0.0.1;Port={port};Database=pnc;Username=pnc;Password=hunter2-secret;Timeout=5");

        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetChangeVersionAsync());
        Assert.StartsWith($"PostgreSQL at 127.0.0.1:{port}, database pnc is unavailable: ", refused.Message);
        Assert.Contains("refused", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hunter2", refused.ToString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
