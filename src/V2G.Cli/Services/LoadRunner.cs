using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Cli.Services;

/// <summary>
/// Sends a scenario's requests with a fixed number in flight until either the request count or the time is used up; a few
/// requests first warm up connections and the server, and are not measured.
/// </summary>
internal sealed class LoadRunner
{
    /// <summary>How long a request may still run after the time is up before it counts as "timeout".</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly HttpClient _client;
    private readonly LoadRequests _requests;

    public LoadRunner(HttpClient client, LoadRequests requests)
    {
        _client = client;
        _requests = requests;
    }

    /// <summary>Warms up, then measures.</summary>
    /// <param name="scenario">The scenario's name, for the report.</param>
    /// <param name="maxRequests">The most requests measured.</param>
    /// <param name="duration">The longest measured time.</param>
    /// <param name="concurrency">Requests in flight at once.</param>
    /// <returns>The report, or null with the reason when no warm-up request got any answer.</returns>
    public async Task<(LoadReport? Report, string? Unreachable)> RunAsync(string scenario, int maxRequests, TimeSpan duration, int concurrency)
    {
        int warmUp = Math.Min(Math.Max(2 * concurrency, 10), Math.Max(1, maxRequests / 10));
        var warmUpStats = new WorkerStats();
        using (var warmUpLimit = new CancellationTokenSource(duration + Grace))
        {
            for (int i = 0; i < warmUp; i++)
            {
                await SendAsync(warmUpStats, warmUpLimit.Token).ConfigureAwait(false);
            }
        }

        if (warmUpStats.Answered == 0)
        {
            return (null, $"no answer from {_requests.Target} to {warmUp} warm-up requests ({warmUpStats.LastError})");
        }

        int started = 0;
        var clock = Stopwatch.StartNew();
        using var limit = new CancellationTokenSource(duration + Grace);
        WorkerStats[] workers = [.. Enumerable.Range(0, concurrency).Select(_ => new WorkerStats())];
        await Task.WhenAll(workers.Select(async stats =>
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref started) <= maxRequests)
            {
                await SendAsync(stats, limit.Token).ConfigureAwait(false);
            }
        })).ConfigureAwait(false);
        TimeSpan elapsed = clock.Elapsed;

        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string key, int count) in workers.SelectMany(w => w.Errors))
        {
            errors[key] = errors.GetValueOrDefault(key) + count;
        }

        double[] latencies = [.. workers.SelectMany(w => w.LatenciesMs).Order()];
        var report = new LoadReport(scenario, _requests.Target, concurrency, warmUp, latencies.Length,
            workers.Sum(w => w.Succeeded), elapsed, latencies, errors);
        return (report, null);
    }

    private async Task SendAsync(WorkerStats stats, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = _requests.Next();
        long start = Stopwatch.GetTimestamp();
        string? error = null;
        try
        {
            using HttpResponseMessage response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            stats.Answered++;
            if (!response.IsSuccessStatusCode)
            {
                error = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch (OperationCanceledException)
        {
            error = "timeout";
        }
        catch (HttpRequestException e)
        {
            error = "connection";
            stats.LastError = e.Message;
        }

        stats.LatenciesMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        if (error == null)
        {
            stats.Succeeded++;
        }
        else
        {
            stats.Errors[error] = stats.Errors.GetValueOrDefault(error) + 1;
            stats.LastError ??= error;
        }
    }

    /// <summary>One worker's counts; each worker has its own, so no locking.</summary>
    private sealed class WorkerStats
    {
        public List<double> LatenciesMs { get; } = [];

        public Dictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);

        public int Answered { get; set; }

        public int Succeeded { get; set; }

        public string? LastError { get; set; }
    }
}
