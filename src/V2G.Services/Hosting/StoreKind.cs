namespace V2G.Services.Hosting;

/// <summary>Where the service keeps its state.</summary>
public enum StoreKind
{
    /// <summary>JSON files in a data folder (the default; one instance).</summary>
    File,

    /// <summary>A PostgreSQL database (several instances may share it).</summary>
    Postgres,

    /// <summary>Memory only: nothing survives a restart.</summary>
    Memory,
}
