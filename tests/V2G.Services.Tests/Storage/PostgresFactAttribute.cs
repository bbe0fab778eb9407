using Xunit;

namespace V2G.Services.Tests.Storage;

/// <summary>A fact that needs <see cref="PostgresServer"/>: skipped with the reason where PostgreSQL is not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> at discovery when PostgreSQL is absent and not required.</summary>
    public PostgresFactAttribute()
    {
        Skip = PostgresBinaries.SkipReason!;
    }
}
