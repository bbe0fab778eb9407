using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace V2G.Cli.Services;

/// <summary>What a load run measured: throughput, latency percentiles and the failures by HTTP status or error kind.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Target">The URL requested.</param>
/// <param name="Concurrency">Requests in flight at once.</param>
/// <param name="WarmUpRequests">Requests sent before measuring (not counted).</param>
/// <param name="Requests">Requests measured.</param>
/// <param name="Succeeded">Of those, answered with a 2xx status.</param>
/// <param name="Elapsed">The measured time.</param>
/// <param name="LatenciesMs">Every measured request's latency in milliseconds, sorted.</param>
/// <param name="Errors">Failed requests by status code ("503") or error ("connection", "timeout").</param>
internal sealed record LoadReport(
    string Scenario, Uri Target, int Concurrency, int WarmUpRequests, int Requests, int Succeeded, TimeSpan Elapsed,
    IReadOnlyList<double> LatenciesMs, IReadOnlyDictionary<string, int> Errors)
{
    /// <summary>Requests per second over the measured time.</summary>
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    /// <summary>The latency at a percentile (nearest rank), in milliseconds; 0 without requests.</summary>
    public double Percentile(double percent)
    {
        if (LatenciesMs.Count == 0)
        {
            return 0;
        }

        int rank = (int)Math.Ceiling(percent / 100 * LatenciesMs.Count);
        return LatenciesMs[Math.Clamp(rank - 1, 0, LatenciesMs.Count - 1)];
    }

    /// <summary>The human-readable lines.</summary>
    public IEnumerable<string> TextLines()
    {
        yield return Invariant($"{Scenario} -> {Target}: {Requests} requests in {Elapsed.TotalSeconds:F2} s, ")
            + Invariant($"concurrency {Concurrency}, after {WarmUpRequests} warm-up requests");
        yield return Invariant($"  throughput  {RequestsPerSecond:F1} requests/s, {Succeeded} succeeded");
        yield return Invariant($"  latency     p50 {Percentile(50):F2} ms, p99 {Percentile(99):F2} ms, max {Percentile(100):F2} ms");
        yield return "  errors      " + (Errors.Count == 0
            ? "none"
            : string.Join(", ", Errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => Invariant($"{e.Key}: {e.Value}"))));
    }

    /// <summary>The one machine-readable line: a JSON object.</summary>
    public string JsonLine() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["scenario"] = Scenario,
        ["url"] = Target.ToString(),
        ["concurrency"] = Concurrency,
        ["warmUpRequests"] = WarmUpRequests,
        ["requests"] = Requests,
        ["succeeded"] = Succeeded,
        ["seconds"] = Math.Round(Elapsed.TotalSeconds, 3),
        ["requestsPerSecond"] = Math.Round(RequestsPerSecond, 1),
        ["p50Ms"] = Math.Round(Percentile(50), 3),
        ["p99Ms"] = Math.Round(Percentile(99), 3),
        ["maxMs"] = Math.Round(Percentile(100), 3),
        ["errors"] = Errors.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value),
    });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
