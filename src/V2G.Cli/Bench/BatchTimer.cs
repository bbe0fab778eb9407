using System;

namespace V2G.Cli.Bench;

/// <summary>The time per call (and for decode the bytes allocated per call) of one batch.</summary>
/// <param name="NanosecondsPerCall">The batch's time divided by its calls.</param>
/// <param name="BytesPerCall">The bytes the thread allocated during the batch divided by its calls.</param>
internal readonly record struct BatchSample(double NanosecondsPerCall, double BytesPerCall);

/// <summary>Times one batch of calls with <see cref="ThreadCpuClock"/>.</summary>
internal static class BatchTimer
{
    /// <summary>Times <paramref name="calls"/> decodes and counts what they allocate.</summary>
    /// <param name="bench">The message.</param>
    /// <param name="calls">The batch size.</param>
    /// <returns>The sample.</returns>
    public static BatchSample Decode(ICodecBench bench, int calls)
    {
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = ThreadCpuClock.Now();
        bench.Decode(calls);
        long elapsed = ThreadCpuClock.Now() - start;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new BatchSample((double)elapsed / calls, (double)allocated / calls);
    }

    /// <summary>Times <paramref name="calls"/> encodes.</summary>
    /// <param name="bench">The message.</param>
    /// <param name="calls">The batch size.</param>
    /// <returns>Nanoseconds per call.</returns>
    public static double Encode(ICodecBench bench, int calls)
    {
        long start = ThreadCpuClock.Now();
        bench.Encode(calls);
        return (double)(ThreadCpuClock.Now() - start) / calls;
    }
}
