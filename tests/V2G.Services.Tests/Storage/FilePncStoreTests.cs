using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Services.Storage;
using V2G.Services.Storage.FileSystem;
using Xunit;
using static V2G.Services.Tests.Storage.SampleRecords;

namespace V2G.Services.Tests.Storage;

/// <summary>What only the file store promises: restart, one store per folder, atomic JSON files, refusing broken folders.</summary>
public sealed class FilePncStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Everything_survives_a_restart()
    {
        long version;
        await using (var store = await OpenAsync())
        {
            await store.RevokeAsync(Revoked("MOSubCA2", "0A", 1));
            await store.AddIssuedCertificateAsync(Issued("MOSubCA2", "0B", 2));
            await store.PutRootCertificateAsync(Root("root1", "V2G", 3));
            await store.PutProvisioningCertificateAsync(ProvisioningOf("PCID1", 4, full: false));
            await store.PutContractDataAsync(Contract("EMAID1", "PCID1", n: 5));
            await store.AddExchangeAsync(Exchange(6));
            version = await store.GetChangeVersionAsync();
        }

        await using (var store = await OpenAsync())
        {
            Assert.Equal(version, await store.GetChangeVersionAsync());
            RevocationState state = await store.GetRevocationStateAsync("MOSubCA2");
            Same(new RevocationState("MOSubCA2", [Revoked("MOSubCA2", "0A", 1)], 1), state);
            Same(Issued("MOSubCA2", "0B", 2), await store.FindIssuedCertificateAsync("MOSubCA2", "0B"));
            Same(Root("root1", "V2G", 3), await store.GetRootCertificateAsync("root1"));
            Same(ProvisioningOf("PCID1", 4, full: false), await store.GetProvisioningCertificateAsync("PCID1"));
            Same(Contract("EMAID1", "PCID1", isDefault: true, n: 5), Assert.Single(await store.GetContractDataByEmaidAsync("EMAID1")));
            Same(Exchange(6), Assert.Single(await store.GetRecentExchangesAsync(10)));
            // The CRL number goes on from where it was, so a CRL is never published twice with one number.
            Assert.Equal(new RevocationOutcome(true, 2), await store.RevokeAsync(Revoked("MOSubCA2", "0C", 7)));
        }
    }

    [Fact]
    public async Task A_second_store_on_the_folder_is_refused_until_the_first_is_disposed()
    {
        FilePncStore first = await OpenAsync();
        var second = new FilePncStore(_folder.Path);

        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => second.InitializeAsync());
        Assert.Contains($"the data folder {_folder.Path} is in use by process {Environment.ProcessId}", refused.Message);
        Assert.Contains("one service instance per folder", refused.Message);
        Assert.Contains("--store postgres", refused.Message);

        await first.DisposeAsync();
        await second.InitializeAsync();
        await second.RevokeAsync(Revoked("MOSubCA2", "0A"));
        await second.DisposeAsync();
    }

    [Fact]
    public async Task Another_process_sees_the_folder_locked()
    {
        // flock(1) takes the same advisory lock another process's store would: it must find it taken, then free.
        await using (await OpenAsync())
        {
            Assert.Equal(1, await FlockAsync());
        }

        Assert.Equal(0, await FlockAsync());
    }

    [Fact]
    public async Task Files_are_json_replaced_whole_without_temporary_files_left()
    {
        await using (var store = await OpenAsync())
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.RevokeAsync(Revoked("MOSubCA2", i.ToString("X2"), i))));
        }

        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
        using JsonDocument revocations = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder.Path, "revocations.json")));
        JsonElement ca = Assert.Single(revocations.RootElement.GetProperty("authorities").EnumerateArray());
        Assert.Equal(20, ca.GetProperty("crlNumber").GetInt64());
        Assert.Equal(20, ca.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task A_broken_data_file_is_refused_naming_the_file_and_releases_the_folder()
    {
        await (await OpenAsync()).DisposeAsync();
        string roots = Path.Combine(_folder.Path, "roots.json");
        await File.WriteAllTextAsync(roots, "[{\"rootCertificateId\": ");

        var store = new FilePncStore(_folder.Path);
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());
        Assert.StartsWith($"the data file {roots} is not valid:", refused.Message);

        File.Delete(roots);
        await store.InitializeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task A_folder_of_a_later_layout_is_refused()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "format.json"), "{\"formatVersion\": 2}");

        await using var store = new FilePncStore(_folder.Path);
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());
        Assert.Equal($"the data folder {_folder.Path} has layout version 2; this version reads 1", refused.Message);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_created_is_refused()
    {
        string file = Path.Combine(_folder.Path, "a-file");
        await File.WriteAllTextAsync(file, "");

        await using var store = new FilePncStore(Path.Combine(file, "data"));
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());
        Assert.StartsWith($"cannot use the data folder {Path.Combine(file, "data")}:", refused.Message);
    }

    [Fact]
    public async Task Calls_before_initialize_are_refused()
    {
        await using var store = new FilePncStore(_folder.Path);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetChangeVersionAsync());
        Assert.Contains("call InitializeAsync first", refused.Message);
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private async Task<FilePncStore> OpenAsync()
    {
        var store = new FilePncStore(_folder.Path);
        await store.InitializeAsync();
        return store;
    }

    private async Task<int> FlockAsync()
    {
        using Process process = Process.Start("flock", ["--nonblock", "--exclusive", Path.Combine(_folder.Path, ".lock"), "true"]);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
