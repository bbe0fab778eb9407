using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security;
using System.Text.RegularExpressions;

namespace V2G.Packaging.Tests;

/// <summary>
/// Packs Codec.sln once (Release) into a temporary folder and prepares what the consumer projects need: a nuget.config
/// with that folder plus the machine's configured sources, and a NuGet package cache of their own, so that no package
/// left over from an earlier run can make them pass. Everything is deleted afterwards.
/// </summary>
public sealed class PackedSolution : IDisposable
{
    public PackedSolution()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("v2g-packaging-").FullName;
        PackageFolder = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        string cache = Directory.CreateDirectory(Path.Combine(Root, "nuget-cache")).FullName;
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache };

        var watch = Stopwatch.StartNew();
        PackResult = Dotnet.Run(RepositoryRoot, null, TimeSpan.FromMinutes(20),
            "pack", Path.Combine(RepositoryRoot, "Codec.sln"), "-c", "Release", "-o", PackageFolder, "--tl:off", "-nodeReuse:false");
        PackTime = watch.Elapsed;

        Packages = Directory.GetFiles(PackageFolder, "*.nupkg").Select(Path.GetFileName).OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal).ToList();
        var exi = Packages.Select(n => Regex.Match(n, @"^V2G\.Exi\.(\d+\.\d+\.\d+.*)\.nupkg$")).FirstOrDefault(m => m.Success);
        Version = exi?.Groups[1].Value ?? string.Empty;

        string sources = string.Concat(Dotnet.ConfiguredSources(Root).Select((url, i) =>
            "    <add key=\"configured" + i + "\" value=\"" + SecurityElement.Escape(url) + "\" />\n"));
        File.WriteAllText(Path.Combine(Root, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
            "    <add key=\"packed\" value=\"" + SecurityElement.Escape(PackageFolder) + "\" />\n" + sources +
            "  </packageSources>\n</configuration>\n");
    }

    public string RepositoryRoot { get; }

    /// <summary>The temporary folder of this run (nuget.config, packages, cache, consumer projects).</summary>
    public string Root { get; }

    public string PackageFolder { get; }

    /// <summary>NUGET_PACKAGES of this run only.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public Dotnet.Result PackResult { get; }

    public TimeSpan PackTime { get; }

    /// <summary>The .nupkg file names (symbol packages are .snupkg).</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>The version of the packed V2G.Exi (the one version of every package).</summary>
    public string Version { get; }

    /// <summary>A new folder for one consumer project, below <see cref="Root"/> so that its nuget.config applies.</summary>
    public string NewProjectFolder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public void Dispose()
    {
        Dotnet.DeleteQuietly(Root);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Codec.sln was not found above " + AppContext.BaseDirectory);
    }
}
