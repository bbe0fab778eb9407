using System;

namespace V2G.Security.Authority;

/// <summary>How an <see cref="OcspResponder"/> dates and caches its answers.</summary>
public sealed record OcspResponderOptions
{
    /// <summary>nextUpdate - thisUpdate of every answer.</summary>
    public TimeSpan Validity { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long before its nextUpdate a cached answer is signed again.</summary>
    public TimeSpan RefreshBefore { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The most pre-signed answers kept (the cache starts over when full: serials come from clients).</summary>
    public int MaxCachedResponses { get; init; } = 10_000;
}
