using System;
using System.Diagnostics;

namespace V2G.Fuzzing;

/// <summary>
/// The per-input bounds every target must keep: at most <see cref="MaxAllocatedBytes"/> allocated and at most
/// <see cref="MaxDuration"/> (a hang check, not a performance assertion).
/// </summary>
public static class FuzzBudget
{
    /// <summary>Managed bytes one input may allocate on the calling thread.</summary>
    public const long MaxAllocatedBytes = 1L << 20;

    /// <summary>Wall time one input may take.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="target"/> once and measures it.</summary>
    public static (TimeSpan Elapsed, long AllocatedBytes) Measure(IFuzzTarget target, ReadOnlySpan<byte> input)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        target.Run(input);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        return (elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Runs <paramref name="target"/> and throws <see cref="FuzzPropertyException"/> if the input allocated too much.</summary>
    /// <remarks>Time is left to afl-fuzz's own timeout (-t) while fuzzing; the replay test checks it per input.</remarks>
    public static void RunChecked(IFuzzTarget target, ReadOnlySpan<byte> input)
    {
        (_, long allocated) = Measure(target, input);
        if (allocated > MaxAllocatedBytes)
        {
            throw new FuzzPropertyException($"{target.Name}: one input of {input.Length} bytes allocated {allocated} bytes (limit {MaxAllocatedBytes})");
        }
    }
}
