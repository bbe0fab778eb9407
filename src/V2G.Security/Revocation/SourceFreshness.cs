using System;

namespace V2G.Security.Revocation;

/// <summary>The thisUpdate/nextUpdate rule shared by CRLs and OCSP responses.</summary>
internal static class SourceFreshness
{
    /// <summary>Null when <paramref name="time"/> lies in [thisUpdate - skew, nextUpdate + skew], else the failure and why.</summary>
    public static (RevocationSourceFailure Failure, string Reason)? Check(
        DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, DateTimeOffset time, TimeSpan skew)
    {
        if (time + skew < thisUpdate)
        {
            return (RevocationSourceFailure.NotYetValid, $"not yet valid: thisUpdate {Format(thisUpdate)} is after the validation time {Format(time)}");
        }

        if (nextUpdate is null)
        {
            // Without nextUpdate nothing bounds how old the statement may be: refuse rather than trust it forever.
            return (RevocationSourceFailure.Stale, "stale: it has no nextUpdate, so its freshness cannot be established");
        }

        if (time - skew > nextUpdate.Value)
        {
            return (RevocationSourceFailure.Stale, $"stale: nextUpdate {Format(nextUpdate.Value)} is before the validation time {Format(time)}");
        }

        return null;
    }

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
