using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace V2G.Benchmarks;

/// <summary>
/// Shared settings of every benchmark class (apply with <c>[Config(typeof(BenchmarkConfig))]</c>): show vector names
/// in full instead of BenchmarkDotNet's default 20-character truncation. Jobs, filters and exporters still come from
/// the command line.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(48);
    }
}
