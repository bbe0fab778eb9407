using BenchmarkDotNet.Running;

namespace V2G.Benchmarks;

/// <summary>Entry point: lets BenchmarkDotNet pick benchmarks from the command line (--filter, --job, ...).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/>.</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
