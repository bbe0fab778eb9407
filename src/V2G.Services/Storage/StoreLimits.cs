namespace V2G.Services.Storage;

/// <summary>Limits every store applies alike.</summary>
internal static class StoreLimits
{
    /// <summary>How many exchanges the log keeps; older ones are dropped.</summary>
    public const int ExchangeLog = 1000;
}
