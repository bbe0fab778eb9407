using System.Threading.Tasks;
using V2G.Services.Storage;
using V2G.Services.Storage.Postgres;
using Xunit;

namespace V2G.Services.Tests.Storage;

/// <summary>The store contract against <see cref="PostgresPncStore"/>, one fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresPncStoreContractTests(PostgresServer server) : PncStoreContractTests
{
    /// <inheritdoc />
    protected override async Task<IPncStore> CreateStoreAsync() => new PostgresPncStore(await server.CreateDatabaseAsync());
}
