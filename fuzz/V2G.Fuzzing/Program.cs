using System;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace V2G.Fuzzing;

/// <summary>
/// The fuzzing entry point. <c>fuzz TARGET</c> runs a target under afl-fuzz (SharpFuzz out-of-process mode, see
/// fuzz/run.sh); <c>write-seeds DIR</c> builds the seed corpora from the shared vectors; <c>replay TARGET PATH...</c>
/// runs files (or folders of files) through a target and prints what each did, to reproduce a finding.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "list":
                Console.WriteLine(string.Join('\n', FuzzTargets.Names));
                return 0;
            case "fuzz" when args.Length == 2:
                return Fuzz(args[1]);
            case "write-seeds" when args.Length >= 2:
                return WriteSeeds(args[1], args.Skip(2).ToArray());
            case "replay" when args.Length >= 3:
                return Replay(args[1], args.Skip(2).ToArray());
            default:
                Console.Error.WriteLine("usage: V2G.Fuzzing list | fuzz TARGET | write-seeds DIR [TARGET...] | replay TARGET PATH...");
                return 2;
        }
    }

    private static IFuzzTarget Target(string name) =>
        FuzzTargets.Create(name) ?? throw new ArgumentException("no target '" + name + "'; targets: " + string.Join(", ", FuzzTargets.Names));

    private static int Fuzz(string name)
    {
        if (!FuzzTargets.Names.Contains(name))
        {
            Console.Error.WriteLine("no target '" + name + "'; targets: " + string.Join(", ", FuzzTargets.Names));
            return 2;
        }

        // Instrumented library code may run only inside Fuzzer.OutOfProcess.Run, which maps afl's coverage memory:
        // the target is made (and warmed up: grammar tables, JIT) on the first input.
        IFuzzTarget? target = null;
        Fuzzer.OutOfProcess.Run(stream =>
        {
            if (target is null)
            {
                target = Target(name);
                target.Run([]);
            }

            using var input = new MemoryStream();
            stream.CopyTo(input);
            FuzzBudget.RunChecked(target, input.GetBuffer().AsSpan(0, (int)input.Length));
        });
        return 0;
    }

    private static int WriteSeeds(string directory, string[] names)
    {
        SeedSource source = SeedSource.Locate(AppContext.BaseDirectory);
        foreach (string name in names.Length > 0 ? names : FuzzTargets.Names)
        {
            string folder = Path.Combine(directory, name);
            Directory.CreateDirectory(folder);
            int count = 0;
            foreach (Seed seed in Target(name).Seeds(source).Take(SeedSource.MaxSeedsPerTarget))
            {
                File.WriteAllBytes(Path.Combine(folder, seed.Name), seed.Data);
                count++;
            }

            Console.WriteLine($"{name}: {count} seeds");
        }

        return 0;
    }

    private static int Replay(string name, string[] paths)
    {
        IFuzzTarget target = Target(name);
        int failures = 0;
        foreach (string file in paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal).ToArray() : new[] { p }))
        {
            byte[] input = File.ReadAllBytes(file);
            try
            {
                target.Run(input);
                (TimeSpan elapsed, long allocated) = FuzzBudget.Measure(target, input);
                Console.WriteLine($"ok   {file}: {elapsed.TotalMilliseconds:F1} ms, {allocated} bytes allocated");
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"FAIL {file}: {e}");
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
