using System.IO;
using System.Threading.Tasks;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;
using V2G.Services.Storage.FileSystem;
using V2G.Services.Storage.Postgres;
using Xunit;

namespace V2G.Services.Tests.Storage;

/// <summary>The store the options name, and clear refusals of unusable store options.</summary>
public sealed class PncStoreFactoryTests : System.IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task The_file_store_defaults_to_service_data_inside_the_pki_folder()
    {
        await using IPncStore store = PncStoreFactory.Create(Options(StoreKind.File));

        Assert.Equal(Path.Combine(_folder.Path, "service-data"), Assert.IsType<FilePncStore>(store).Directory);
        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "service-data")));
    }

    [Fact]
    public async Task The_file_store_uses_the_data_directory_when_given()
    {
        string data = Path.Combine(_folder.Path, "elsewhere");
        await using IPncStore store = PncStoreFactory.Create(Options(StoreKind.File) with { DataDirectory = data });

        Assert.Equal(data, Assert.IsType<FilePncStore>(store).Directory);
    }

    [Fact]
    public void An_unwritable_default_data_folder_tells_the_user_to_pass_data()
    {
        // A PKI "folder" that is a file stands for a read-only one (root may write into read-only folders, not below files).
        string pki = Path.Combine(_folder.Path, "pki-file");
        File.WriteAllText(pki, "");

        var refused = Assert.Throws<PncServiceConfigurationException>(
            () => PncStoreFactory.Create(Options(StoreKind.File) with { PkiDirectory = pki }));
        Assert.StartsWith(
            $"the file store cannot write its data folder {Path.Combine(pki, "service-data")} (the default folder, inside the PKI folder):",
            refused.Message);
        Assert.EndsWith("; pass --data DIR with a writable folder", refused.Message);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused()
    {
        var refused = Assert.Throws<PncServiceConfigurationException>(() => PncStoreFactory.Create(Options(StoreKind.Postgres)));
        Assert.StartsWith("--store postgres needs --connection", refused.Message);
    }

    [Fact]
    public void An_invalid_connection_string_is_refused()
    {
        var refused = Assert.Throws<PncServiceConfigurationException>(
            () => PncStoreFactory.Create(Options(StoreKind.Postgres) with { ConnectionString = "Hots=db;Password=secret" }));
        Assert.StartsWith("--connection:", refused.Message);
        Assert.DoesNotContain("secret", refused.Message);
    }

    [Fact]
    public async Task Postgres_and_memory_stores_are_created_without_connecting()
    {
        await using IPncStore postgres = PncStoreFactory.Create(
            Options(StoreKind.Postgres) with { ConnectionString = "Host=db.example;Port=5433;Database=pnc;Password=secret" });
        Assert.Equal("PostgreSQL at db.example:5433, database pnc", Assert.IsType<PostgresPncStore>(postgres).Server);
        await using IPncStore memory = PncStoreFactory.Create(Options(StoreKind.Memory));
        Assert.IsType<InMemoryPncStore>(memory);
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private PncServiceOptions Options(StoreKind kind) =>
        new() { PkiDirectory = _folder.Path, Store = kind, ApiKeys = ApiKeySet.Generate().Set };
}
