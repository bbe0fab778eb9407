using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using V2G.Cli.Bench;
using V2G.Cli.Commands;
using V2G.Cli.Schemas;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary><c>v2g bench</c>: its output lines (which scripts parse), its inputs, its errors and its clock.</summary>
public class BenchCommandTests
{
    private static readonly Regex FileLine = new(@"^(?<name>.+) decode (?<decode>\d+\.\d) ns encode (?<encode>\d+\.\d) ns alloc (?<alloc>\d+) B$");
    private static readonly Regex SummaryLine =
        new(@"^decode (?<decode>\d+\.\d) ns/msg encode (?<encode>\d+\.\d) ns/msg alloc (?<alloc>\d+) B/msg$");

    private static string Din(string name) => Path.Combine(SharedVectors.Root, "vectors", "din", name + ".exi");

    private static string Iso2Fragment(string name) => Path.Combine(SharedVectors.Root, "vectors", "iso2-fragment", name + ".exi");

    [Fact]
    public void Prints_one_line_per_input_in_order_then_the_means_of_the_per_input_figures()
    {
        string[] files = [Din("CurrentDemandReq-max"), Din("ChargeParameterDiscoveryRes-max"), Din("SessionSetupReq-min")];

        CliResult r = CliRun.Run(["bench", "--schema", "din", "--seconds", "0.2", .. files]);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        string[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length + 1, lines.Length);
        Match[] perFile = lines[..^1].Select(l => FileLine.Match(l)).ToArray();
        Assert.All(perFile, m => Assert.True(m.Success, r.Stdout));
        Assert.Equal(files, perFile.Select(m => m.Groups["name"].Value));
        Assert.All(perFile, m => Assert.True(Number(m, "decode") > 0 && Number(m, "encode") > 0, r.Stdout));
        Assert.All(perFile, m => Assert.True(Number(m, "alloc") > 0, "a decoded message is allocated: " + r.Stdout));

        Match summary = SummaryLine.Match(lines[^1]);
        Assert.True(summary.Success, r.Stdout);

        // The per-file lines are rounded to 0.1 ns and whole bytes, so their mean is within that of the last line.
        Assert.InRange(Number(summary, "decode") - perFile.Average(m => Number(m, "decode")), -0.1, 0.1);
        Assert.InRange(Number(summary, "encode") - perFile.Average(m => Number(m, "encode")), -0.1, 0.1);
        Assert.Equal(Math.Round(perFile.Average(m => Number(m, "alloc")), MidpointRounding.AwayFromZero), Number(summary, "alloc"));
    }

    [Fact]
    public void A_bigger_message_takes_longer_and_allocates_more_than_a_tiny_one()
    {
        CliResult r = CliRun.Run("bench", "--schema", "din", "--seconds", "0.2", Din("ChargeParameterDiscoveryRes-max"), Din("SessionSetupReq-min"));

        Assert.True(r.ExitCode == 0, r.ToString());
        Match[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[..2].Select(l => FileLine.Match(l)).ToArray();
        Assert.True(Number(lines[0], "decode") > Number(lines[1], "decode"), r.Stdout);
        Assert.True(Number(lines[0], "encode") > Number(lines[1], "encode"), r.Stdout);
        Assert.True(Number(lines[0], "alloc") > Number(lines[1], "alloc"), r.Stdout);
    }

    [Fact]
    public void Fragment_reads_the_inputs_as_EXI_fragments()
    {
        string file = Iso2Fragment("SalesTariff-max");

        CliResult asFragment = CliRun.Run("bench", "--schema", "iso2", "--fragment", "--seconds", "0.1", file);
        CliResult asDocument = CliRun.Run("bench", "--schema", "iso2", "--seconds", "0.1", file);

        Assert.True(asFragment.ExitCode == 0, asFragment.ToString());
        Match line = FileLine.Match(asFragment.Stdout.Split('\n')[0]);
        Assert.True(line.Success && Number(line, "alloc") > 0, asFragment.Stdout);
        Assert.True(asDocument.ExitCode == 1, asDocument.ToString());
        Assert.Equal(string.Empty, asDocument.Stdout);
    }

    [Fact]
    public void A_directory_stands_for_its_exi_files_in_name_order()
    {
        using var dir = new TempDirectory();
        dir.Copy(Din("SessionSetupReq-min"), "b.exi");
        dir.Copy(Din("ServiceDiscoveryReq-min"), "a.exi");
        File.WriteAllText(dir.File("notes.txt"), "not an input");

        CliResult r = CliRun.Run("bench", "--schema", "din", "--seconds", "0.1", dir.Path);

        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] names = lines[..^1].Select(l => FileLine.Match(l).Groups["name"].Value).ToArray();
        Assert.Equal([dir.File("a.exi"), dir.File("b.exi")], names);
        Assert.Matches(SummaryLine, lines[^1]);
    }

    [Theory]
    [InlineData("--schema", "klingon")]
    [InlineData("--schema", "auto")]
    [InlineData("--seconds", "1")]
    [InlineData("--schema", "din", "--seconds", "0")]
    [InlineData("--schema", "din", "--seconds", "-1")]
    [InlineData("--schema", "din", "--seconds", "abc")]
    [InlineData("--schema", "din", "--seconds", "NaN")]
    [InlineData("--schema", "din", "--seconds", "0,5")]
    [InlineData("--schema", "din", "--seconds", "3601")]
    [InlineData("--schema", "din", "--seconds", "1", "--seconds", "2")]
    [InlineData("--schema", "din", "--hex", "8098")]
    public void Bad_usage_is_exit_2_with_one_tool_error_and_no_output(params string[] options)
    {
        CliResult r = CliRun.Run(["bench", .. options, Din("SessionSetupReq-min")]);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith("v2g: ", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void No_input_is_a_usage_error()
    {
        CliResult r = CliRun.Run("bench", "--schema", "din", "--seconds", "0.1");

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("'bench' needs an input", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_EXI_is_an_input_error_naming_it_and_nothing_is_measured()
    {
        using var dir = new TempDirectory();
        string text = dir.File("message.exi");
        File.WriteAllText(text, "<V2G_Message/>");

        CliResult r = CliRun.Run("bench", "--schema", "din", "--seconds", "0.1", text);

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith(text + ": error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_inputs_are_still_measured_when_one_fails()
    {
        string missing = Path.Combine(Path.GetTempPath(), "v2g-bench-" + Guid.NewGuid().ToString("N") + ".exi");

        CliResult r = CliRun.Run("bench", "--schema", "din", "--seconds", "0.1", missing, Din("SessionSetupReq-min"));

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.StartsWith(missing + ": error: ", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
        string[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(Din("SessionSetupReq-min"), FileLine.Match(lines[0]).Groups["name"].Value);
        Assert.Matches(SummaryLine, lines[1]);
    }

    [Fact]
    public void Encode_into_the_reused_buffer_allocates_nothing_and_decode_allocates_the_message()
    {
        ISchemaCodec codec = SchemaRegistry.Default.Find("din")!;
        ICodecBench bench = codec.CreateBench(File.ReadAllBytes(Din("CurrentDemandReq-max")), fragment: false);
        bench.Encode(10);
        bench.Decode(10);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int written = bench.Encode(100);
        long encodeAllocated = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        int consumed = bench.Decode(100);
        long decodeAllocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, encodeAllocated);
        Assert.True(decodeAllocated >= 100, $"decode allocated {decodeAllocated} bytes in 100 calls");
        Assert.Equal(new FileInfo(Din("CurrentDemandReq-max")).Length, written);
        Assert.Equal(written, consumed);
    }

    [Theory]
    [InlineData(null, BenchCommand.DefaultSeconds)]
    [InlineData("0.25", 0.25)]
    [InlineData("5", 5.0)]
    [InlineData(".5", 0.5)]
    public void Seconds_are_decimal_with_a_point(string? text, double expected)
    {
        Assert.Equal(expected, BenchCommand.ParseSeconds(text));
    }

    [Fact]
    public void Lines_use_a_point_and_one_decimal_in_every_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            MessageResult[] results = [new("a.exi", 1234.56, 7.04, 99), new("b.exi", 100.0, 2.0, 100)];

            Assert.Equal("a.exi decode 1234.6 ns encode 7.0 ns alloc 99 B", BenchReport.Line(results[0]));
            Assert.Equal("decode 667.3 ns/msg encode 4.5 ns/msg alloc 100 B/msg", BenchReport.Summary(results));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(new[] { 5.0 }, 5.0)]
    [InlineData(new[] { 9.0, 1.0, 5.0 }, 5.0)]
    [InlineData(new[] { 4.0, 1.0, 100.0, 2.0 }, 3.0)]
    public void Median_is_the_middle_sample_or_the_mean_of_the_middle_two(double[] samples, double expected)
    {
        Assert.Equal(expected, Median.Of([.. samples]));
    }

    [Fact]
    public void The_clock_counts_this_threads_CPU_time_on_Linux()
    {
        Assert.Equal(OperatingSystem.IsLinux(), ThreadCpuClock.IsThreadCpuTime);
        if (!ThreadCpuClock.IsThreadCpuTime)
        {
            return;
        }

        // Sleeping uses no CPU; spinning uses it, and a thread cannot use more CPU time than wall-clock time passes.
        long beforeSleep = ThreadCpuClock.Now();
        Thread.Sleep(200);
        Assert.InRange(ThreadCpuClock.Now() - beforeSleep, 0, 50_000_000);

        var wall = Stopwatch.StartNew();
        long start = ThreadCpuClock.Now();
        while (ThreadCpuClock.Now() - start < 50_000_000)
        {
        }

        Assert.True(wall.Elapsed >= TimeSpan.FromMilliseconds(49), $"50 ms of CPU time in {wall.Elapsed.TotalMilliseconds} ms");
    }

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
