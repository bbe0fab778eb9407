using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using V2G.Fuzzing;
using Xunit;

namespace V2G.Fuzzing.Tests;

/// <summary>
/// Replays every file of fuzz/corpus/&lt;target&gt; and fuzz/findings/&lt;target&gt; through its target: no exception (the
/// target's property holds), at most 1 s per input (a hang check) and at most 1 MiB allocated per input.
/// </summary>
public sealed class CorpusReplayTests
{
    public static TheoryData<string> Targets() => new(FuzzTargets.Names);

    [Theory]
    [MemberData(nameof(Targets))]
    public void EveryCorpusAndFindingsInputKeepsTheTargetsProperty(string name)
    {
        IFuzzTarget target = FuzzTargets.Create(name)!;
        IReadOnlyList<string> files = Inputs(name);
        Assert.NotEmpty(files);

        var problems = new List<string>();
        target.Run([]);
        foreach (string file in files)
        {
            byte[] input = File.ReadAllBytes(file);
            try
            {
                // The first run pays for JIT and lazy tables; the second is what one input costs.
                (TimeSpan first, _) = FuzzBudget.Measure(target, input);
                (TimeSpan second, long allocated) = FuzzBudget.Measure(target, input);
                TimeSpan elapsed = first < second ? first : second;
                if (elapsed > FuzzBudget.MaxDuration)
                {
                    problems.Add($"{Path.GetFileName(file)}: took {elapsed.TotalMilliseconds:F0} ms");
                }

                if (allocated > FuzzBudget.MaxAllocatedBytes)
                {
                    problems.Add($"{Path.GetFileName(file)}: allocated {allocated} bytes");
                }
            }
            catch (Exception e)
            {
                problems.Add($"{Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryTargetHasASeedCorpusAndNoStrayFolders()
    {
        string[] folders = Directory.GetDirectories(Path.Combine(FuzzDirectory(), "corpus")).Select(Path.GetFileName).ToArray()!;
        Assert.Equal(FuzzTargets.Names.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnInputThatAllocatesMoreThanTheBudgetIsAFinding()
    {
        var exception = Assert.Throws<FuzzPropertyException>(() => FuzzBudget.RunChecked(new Allocating(), [1, 2, 3]));
        Assert.Contains("allocated", exception.Message, StringComparison.Ordinal);
        FuzzBudget.RunChecked(FuzzTargets.Create("v2gtp")!, [1, 2, 3]);
    }

    private static IReadOnlyList<string> Inputs(string name) =>
        new[] { "corpus", "findings" }
            .Select(kind => Path.Combine(FuzzDirectory(), kind, name))
            .Where(Directory.Exists)
            .SelectMany(Directory.GetFiles)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FuzzDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")))
            {
                return Path.Combine(dir.FullName, "fuzz");
            }
        }

        throw new DirectoryNotFoundException("no Codec.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>A target that allocates 2 MiB per input.</summary>
    private sealed class Allocating : IFuzzTarget
    {
        public static byte[]? Kept { get; private set; }

        public string Name => "allocating";

        public void Run(ReadOnlySpan<byte> input) => Kept = new byte[2 << 20];

        public IEnumerable<Seed> Seeds(SeedSource source) => [];
    }
}
