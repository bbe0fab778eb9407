using System.Threading.Tasks;
using V2G.Services.Storage;

namespace V2G.Services.Tests.Storage;

/// <summary>The store contract against <see cref="InMemoryPncStore"/>.</summary>
public sealed class InMemoryPncStoreTests : PncStoreContractTests
{
    /// <inheritdoc />
    protected override Task<IPncStore> CreateStoreAsync() => Task.FromResult<IPncStore>(new InMemoryPncStore());
}
