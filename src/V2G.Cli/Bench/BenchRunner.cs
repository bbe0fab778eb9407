using System;
using System.Collections.Generic;

namespace V2G.Cli.Bench;

/// <summary>
/// Warms every message up, then times each in turn for its share of the budget, alternating samples of decode and
/// encode, and reports per-message medians.
/// </summary>
internal static class BenchRunner
{
    /// <summary>The least warm-up time in total: the JIT's tiering delay (100 ms) and its tier-1 compiles take about this.</summary>
    public const long WarmUpNanoseconds = 300_000_000;

    /// <summary>The least calls of each kind per message while warming up, so that its own methods reach tier 1.</summary>
    public const int WarmUpCalls = 2000;

    /// <summary>The least samples of each kind per message, even when its share of the budget is shorter.</summary>
    public const int MinSamples = 5;

    /// <summary>Warms up, then measures each message, reporting each as soon as it is done.</summary>
    /// <param name="targets">The messages, at least one.</param>
    /// <param name="seconds">The measuring budget for all messages together (the warm-up comes on top).</param>
    /// <param name="report">Receives each message's figures, in input order.</param>
    public static void Run(IReadOnlyList<BenchTarget> targets, double seconds, Action<MessageResult> report)
    {
        WarmUp(targets);
        long share = (long)(seconds * 1e9 / targets.Count);
        foreach (BenchTarget target in targets)
        {
            report(Measure(target, share));
        }
    }

    // Round-robin over all messages: what they share (the reader, the writer, common types) is warmed by all of them,
    // and no message's methods are left at tier 0 while another is measured.
    private static void WarmUp(IReadOnlyList<BenchTarget> targets)
    {
        long start = ThreadCpuClock.Now();
        bool anyCold;
        do
        {
            anyCold = false;
            foreach (BenchTarget target in targets)
            {
                // A message that has had its calls rests, unless the total time is not reached yet.
                bool cold = target.WarmDecodes < WarmUpCalls || target.WarmEncodes < WarmUpCalls;
                if (cold || ThreadCpuClock.Now() - start < WarmUpNanoseconds)
                {
                    target.WarmOnce();
                }

                anyCold |= cold;
            }
        }
        while (anyCold || ThreadCpuClock.Now() - start < WarmUpNanoseconds);
    }

    private static MessageResult Measure(BenchTarget target, long shareNanoseconds)
    {
        // One unrecorded round brings this message's data back into the caches after the others ran.
        BatchTimer.Decode(target.Bench, target.DecodeBatch);
        BatchTimer.Encode(target.Bench, target.EncodeBatch);

        var decode = new List<double>();
        var encode = new List<double>();
        var allocated = new List<double>();
        long start = ThreadCpuClock.Now();
        while (decode.Count < MinSamples || ThreadCpuClock.Now() - start < shareNanoseconds)
        {
            BatchSample sample = BatchTimer.Decode(target.Bench, target.DecodeBatch);
            decode.Add(sample.NanosecondsPerCall);
            allocated.Add(sample.BytesPerCall);
            encode.Add(BatchTimer.Encode(target.Bench, target.EncodeBatch));
        }

        return new MessageResult(target.Name, Median.Of(decode), Median.Of(encode), (long)Math.Round(Median.Of(allocated)));
    }
}
