using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using V2G.Exi;
using V2G.Exi.Tracing;
using V2G.Messages.Iso2;

namespace V2G.Benchmarks;

/// <summary>
/// What a malformed frame costs against a valid one through <c>TryDecode</c>: the valid stream, the same stream with
/// an event code that selects no production at about 80% of its length (same size), and the stream cut at 80%.
/// The goal of issue 13: a malformed input costs at most twice a valid one.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class MalformedDecodeBenchmarks
{
    private byte[] _valid = [];
    private byte[] _badEventCode = [];
    private byte[] _truncated = [];

    /// <summary>The benchmarked ISO-2 vectors: a large and a middle-sized message.</summary>
    public static IEnumerable<string> Vectors => ["CertificateInstallationRes-rand4", "ChargeParameterDiscoveryRes-rand3"];

    /// <summary>The vector under test.</summary>
    [ParamsSource(nameof(Vectors))]
    public string Vector { get; set; } = string.Empty;

    /// <summary>Builds the two malformed inputs from the vector; checks that they fail and the valid one decodes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _valid = VectorSource.ReadExi("iso2", Vector);
        _truncated = _valid.AsSpan(0, _valid.Length * 4 / 5).ToArray();
        _badEventCode = WithBadEventCode(_valid, Iso2Codec.Explain(_valid));
        foreach (var (input, decodes) in new[] { (_valid, true), (_badEventCode, false), (_truncated, false) })
        {
            if (Iso2Codec.TryDecode(input, out _, out _) != decodes)
            {
                throw new InvalidOperationException(Vector + ": an input of " + input.Length + " bytes does not " + (decodes ? "decode" : "fail"));
            }
        }
    }

    /// <summary>Decodes the valid stream.</summary>
    /// <returns>Whether it decoded.</returns>
    [Benchmark(Baseline = true)]
    public bool Valid() => Iso2Codec.TryDecode(_valid, out _, out _);

    /// <summary>Decodes the stream of the same size with an undefined event code at about 80%.</summary>
    /// <returns>Whether it decoded (false).</returns>
    [Benchmark]
    public bool BadEventCode() => Iso2Codec.TryDecode(_badEventCode, out _, out _);

    /// <summary>Decodes the stream cut at 80% of its bytes.</summary>
    /// <returns>Whether it decoded (false).</returns>
    [Benchmark]
    public bool Truncated() => Iso2Codec.TryDecode(_truncated, out _, out _);

    /// <summary>
    /// Sets the first event code at or after 80% of the stream whose width leaves values unused to its largest value,
    /// which selects no production.
    /// </summary>
    private static byte[] WithBadEventCode(byte[] exi, ExiTrace trace)
    {
        long from = exi.Length * 8L * 4 / 5;
        var target = trace.Events.First(e => e.CodeStart >= from && e.CodeWidth > 0 && !e.ValuesPerLevel.Contains('.', StringComparison.Ordinal)
            && int.Parse(e.ValuesPerLevel, System.Globalization.CultureInfo.InvariantCulture) < (1 << e.CodeWidth));
        byte[] bad = (byte[])exi.Clone();
        for (long bit = target.CodeStart; bit < target.CodeStart + target.CodeWidth; bit++)
        {
            bad[bit >> 3] |= (byte)(0x80 >> (int)(bit & 7));
        }

        return bad;
    }
}
