using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace V2G.Cli.Bench;

/// <summary>The median of samples: robust against the few a preemption or a garbage collection slows down.</summary>
internal static class Median
{
    /// <summary>Sorts the samples in place and returns their median (the mean of the middle two for an even count).</summary>
    /// <param name="samples">The samples, at least one.</param>
    /// <returns>The median.</returns>
    /// <exception cref="ArgumentException">No samples.</exception>
    public static double Of(List<double> samples)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("The median of no samples is undefined", nameof(samples));
        }

        Span<double> sorted = CollectionsMarshal.AsSpan(samples);
        sorted.Sort();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
