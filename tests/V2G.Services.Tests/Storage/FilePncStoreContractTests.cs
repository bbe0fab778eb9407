using System.Threading.Tasks;
using V2G.Services.Storage;
using V2G.Services.Storage.FileSystem;

namespace V2G.Services.Tests.Storage;

/// <summary>The store contract against <see cref="FilePncStore"/> on a fresh temporary folder.</summary>
public sealed class FilePncStoreContractTests : PncStoreContractTests
{
    private readonly TemporaryFolder _folder = new();

    /// <inheritdoc />
    protected override Task<IPncStore> CreateStoreAsync() => Task.FromResult<IPncStore>(new FilePncStore(_folder.Path));

    /// <inheritdoc />
    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
