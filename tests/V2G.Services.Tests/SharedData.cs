using System;
using System.IO;

namespace V2G.Services.Tests;

/// <summary>Finds ../shared beside the repository (V2G_SHARED overrides it).</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>../shared/pnc/pki/&lt;set&gt; (iso2, iso20, iso20_ed448).</summary>
    public static string Pki(string set) => Path.Combine(Root.Value, "pnc", "pki", set);

    /// <summary>../shared/pnc.</summary>
    public static string Pnc => Path.Combine(Root.Value, "pnc");

    private static string FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("V2G_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")))
            {
                string shared = Path.Combine(dir.Parent!.FullName, "shared");
                if (Directory.Exists(Path.Combine(shared, "pnc")))
                {
                    return shared;
                }
            }
        }

        throw new DirectoryNotFoundException("../shared/pnc was not found beside the repository; set V2G_SHARED");
    }
}
