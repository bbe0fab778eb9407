using System;

namespace V2G.Security.TestPki;

/// <summary>
/// How long the certificates of a generated test PKI are valid. Every certificate starts one day before "now" (so a
/// verifier whose clock lags a little still accepts it) and a child never outlives its issuer.
/// </summary>
public static class TestPkiLifetimes
{
    /// <summary>How long before "now" every certificate becomes valid.</summary>
    public static TimeSpan Backdating { get; } = TimeSpan.FromDays(1);

    /// <summary>The roots' lifetime after "now": 40 years.</summary>
    public static TimeSpan Root { get; } = TimeSpan.FromDays(40 * 365);

    /// <summary>Sub-CA 1's lifetime after "now": 20 years.</summary>
    public static TimeSpan SubCa1 { get; } = TimeSpan.FromDays(20 * 365);

    /// <summary>Sub-CA 2's lifetime after "now": 10 years.</summary>
    public static TimeSpan SubCa2 { get; } = TimeSpan.FromDays(10 * 365);

    /// <summary>The leaves' lifetime after "now": 2 years.</summary>
    public static TimeSpan Leaf { get; } = TimeSpan.FromDays(2 * 365);
}
