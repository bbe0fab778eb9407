using System;

namespace V2G.Cli.Bench;

/// <summary>One message to time, with the batch sizes that make a sample last about <see cref="SampleNanoseconds"/>.</summary>
internal sealed class BenchTarget
{
    /// <summary>How long one timed batch should last: long against the clock's cost, short against preemption.</summary>
    public const long SampleNanoseconds = 1_000_000;

    // A batch grows at most this much per step, so that one sample too fast to be true cannot set a huge batch.
    private const int MaxGrowth = 16;
    private const int MaxBatch = 1 << 22;

    /// <summary>Creates a target with batches of one call.</summary>
    /// <param name="name">The input's name, as the output line shows it.</param>
    /// <param name="bench">The prepared message.</param>
    public BenchTarget(string name, ICodecBench bench)
    {
        Name = name;
        Bench = bench;
    }

    /// <summary>The input's name.</summary>
    public string Name { get; }

    /// <summary>The prepared message.</summary>
    public ICodecBench Bench { get; }

    /// <summary>Decodes per timed batch.</summary>
    public int DecodeBatch { get; private set; } = 1;

    /// <summary>Encodes per timed batch.</summary>
    public int EncodeBatch { get; private set; } = 1;

    /// <summary>Decodes run so far while warming up.</summary>
    public long WarmDecodes { get; private set; }

    /// <summary>Encodes run so far while warming up.</summary>
    public long WarmEncodes { get; private set; }

    /// <summary>Runs one decode batch and one encode batch and resizes both batches from their times.</summary>
    public void WarmOnce()
    {
        BatchSample decode = BatchTimer.Decode(Bench, DecodeBatch);
        WarmDecodes += DecodeBatch;
        DecodeBatch = Resize(DecodeBatch, decode.NanosecondsPerCall);

        double encodeNanoseconds = BatchTimer.Encode(Bench, EncodeBatch);
        WarmEncodes += EncodeBatch;
        EncodeBatch = Resize(EncodeBatch, encodeNanoseconds);
    }

    private static int Resize(int batch, double nanosecondsPerCall)
    {
        double wanted = nanosecondsPerCall > 0 ? SampleNanoseconds / nanosecondsPerCall : double.MaxValue;
        double bounded = Math.Min(wanted, (double)batch * MaxGrowth);
        return (int)Math.Clamp(Math.Round(bounded), 1, MaxBatch);
    }
}
