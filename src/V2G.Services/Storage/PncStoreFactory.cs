using System;
using System.IO;
using V2G.Services.Hosting;

namespace V2G.Services.Storage;

/// <summary>Creates the store that <see cref="PncServiceOptions.Store"/> names.</summary>
public static class PncStoreFactory
{
    /// <summary>The store of the options.</summary>
    /// <param name="options">The service options.</param>
    /// <returns>A store, not yet initialized.</returns>
    public static IPncStore Create(PncServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Store switch
        {
            StoreKind.Memory => new InMemoryPncStore(),
            StoreKind.File => throw new PncServiceConfigurationException(
                "the file store is not built yet: " + (options.DataDirectory ?? Path.Combine(options.PkiDirectory, "service-data"))),
            StoreKind.Postgres => throw new PncServiceConfigurationException("the PostgreSQL store is not built yet"),
            _ => throw new PncServiceConfigurationException($"unknown store kind {options.Store}"),
        };
    }
}
