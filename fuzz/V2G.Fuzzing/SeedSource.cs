using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace V2G.Fuzzing;

/// <summary>
/// Where seeds come from: the shared folder beside the repository (vectors/, pnc/), or V2G_SHARED. Seeds are picked
/// small (under <see cref="MaxSeedBytes"/>) and few (<see cref="MaxSeedsPerTarget"/>), so that the corpus stays reviewable.
/// </summary>
public sealed class SeedSource
{
    /// <summary>The largest seed file.</summary>
    public const int MaxSeedBytes = 4096;

    /// <summary>The most seeds of one target.</summary>
    public const int MaxSeedsPerTarget = 32;

    public SeedSource(string sharedDirectory)
    {
        SharedDirectory = sharedDirectory;
    }

    public string SharedDirectory { get; }

    public string VectorsDirectory => Path.Combine(SharedDirectory, "vectors");

    public string PncDirectory => Path.Combine(SharedDirectory, "pnc");

    /// <summary>Finds the shared folder from V2G_SHARED or from a directory inside the repository.</summary>
    public static SeedSource Locate(string startDirectory)
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("V2G_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return new SeedSource(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(startDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")) && dir.Parent != null)
            {
                return new SeedSource(Path.Combine(dir.Parent.FullName, "shared"));
            }
        }

        throw new DirectoryNotFoundException("no Codec.sln above " + startDirectory + " and V2G_SHARED is not set");
    }

    /// <summary>
    /// Files of a vectors sub-folder with the extension, small enough, spread over the folder, in name order;
    /// <paramref name="spec"/> is a folder ("iso2") or a folder and a file name prefix ("iso20-fragment/AC.").
    /// </summary>
    public IEnumerable<string> VectorFiles(string spec, string extension, int max = MaxSeedsPerTarget)
    {
        int slash = spec.IndexOf('/', StringComparison.Ordinal);
        string folder = slash < 0 ? spec : spec[..slash];
        string prefix = slash < 0 ? string.Empty : spec[(slash + 1)..];
        return Spread(SmallFiles(Path.Combine(VectorsDirectory, folder), prefix + "*" + extension), max);
    }

    /// <summary>Every max-th-ish file so that the seeds cover the whole folder (min, max and random variants alike).</summary>
    public static IEnumerable<string> Spread(IReadOnlyList<string> files, int max)
    {
        if (files.Count <= max)
        {
            return files;
        }

        return Enumerable.Range(0, max).Select(i => files[(int)((long)i * files.Count / max)]);
    }

    public static IReadOnlyList<string> SmallFiles(string directory, string pattern) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, pattern).Where(f => new FileInfo(f).Length < MaxSeedBytes)
                .OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>A seed named after its source file.</summary>
    public static Seed FromFile(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));
}
