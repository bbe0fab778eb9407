using Xunit;

namespace V2G.Services.Tests.Storage;

/// <summary>The tests that share one <see cref="PostgresServer"/> (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name for <c>[Collection(...)]</c>.</summary>
    public const string Name = "PostgreSQL server";
}
