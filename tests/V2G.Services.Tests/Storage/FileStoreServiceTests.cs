using System.Threading.Tasks;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;
using Xunit;
using static V2G.Services.Tests.Storage.SampleRecords;

namespace V2G.Services.Tests.Storage;

/// <summary>The service on its default store: the data outlives the service, and one service per data folder.</summary>
public sealed class FileStoreServiceTests : System.IDisposable
{
    private readonly TemporaryFolder _data = new();

    [Fact]
    public async Task A_restarted_service_finds_its_revocations_and_a_second_service_on_the_folder_is_refused()
    {
        var options = new PncServiceOptions
        {
            PkiDirectory = SharedData.Pki("iso2"),
            Urls = ["http://127.0.0.1:0"],
            Store = StoreKind.File,
            DataDirectory = _data.Path,
            ApiKeys = ApiKeySet.Generate().Set,
        };

        long numberBefore;
        await using (RunningPncService first = await PncService.StartAsync(options))
        {
            numberBefore = (await first.Store.RevokeAsync(Revoked("MOSubCA2", "0A"))).CrlNumber;
            var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => PncService.StartAsync(options));
            Assert.StartsWith($"the data folder {_data.Path} is in use by process", refused.Message);
        }

        await using RunningPncService restarted = await PncService.StartAsync(options);
        RevocationState state = await restarted.Store.GetRevocationStateAsync("MOSubCA2");
        Assert.Equal(numberBefore, state.CrlNumber); // the restart imports the folder's CRLs again without a change
        Assert.Contains(state.Entries, e => e.SerialNumberHex == "0A");
        Assert.Equal(2, state.Entries.Count); // 0A and the folder CRL's ContractCert2
    }

    /// <inheritdoc />
    public void Dispose() => _data.Dispose();
}
