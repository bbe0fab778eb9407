using System;
using System.IO;
using V2G.Services.Hosting;
using V2G.Services.Storage.FileSystem;
using V2G.Services.Storage.Postgres;

namespace V2G.Services.Storage;

/// <summary>Creates the store that <see cref="PncServiceOptions.Store"/> names.</summary>
public static class PncStoreFactory
{
    /// <summary>The file store's folder: <see cref="PncServiceOptions.DataDirectory"/>, else <c>service-data</c> in the PKI folder.</summary>
    /// <param name="options">The service options.</param>
    /// <returns>The folder's full path.</returns>
    public static string DataDirectory(PncServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(options.DataDirectory ?? Path.Combine(options.PkiDirectory, "service-data"));
    }

    /// <summary>The store of the options.</summary>
    /// <param name="options">The service options.</param>
    /// <returns>A store, not yet initialized.</returns>
    /// <exception cref="PncServiceConfigurationException">
    /// The file store's folder cannot be created or written, or the PostgreSQL connection string is missing or invalid.
    /// </exception>
    public static IPncStore Create(PncServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Store switch
        {
            StoreKind.Memory => new InMemoryPncStore(),
            StoreKind.File => CreateFileStore(options),
            StoreKind.Postgres => CreatePostgresStore(options),
            _ => throw new PncServiceConfigurationException($"unknown store kind {options.Store}"),
        };
    }

    private static FilePncStore CreateFileStore(PncServiceOptions options)
    {
        string folder = DataDirectory(options);
        string probe = Path.Combine(folder, $".write-test-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string where = options.DataDirectory == null ? " (the default folder, inside the PKI folder)" : "";
            throw new PncServiceConfigurationException(
                $"the file store cannot write its data folder {folder}{where}: {e.Message}; pass --data DIR with a writable folder", e);
        }

        return new FilePncStore(folder);
    }

    private static PostgresPncStore CreatePostgresStore(PncServiceOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new PncServiceConfigurationException("--store postgres needs --connection \"Host=...;Database=...;Username=...\"");
        }

        try
        {
            return new PostgresPncStore(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new PncServiceConfigurationException($"--connection: {e.Message}", e);
        }
    }
}
