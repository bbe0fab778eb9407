using System;
using System.IO;

namespace V2G.Security.Tests;

/// <summary>Finds ../shared/pnc beside the repository (V2G_SHARED overrides the shared folder).</summary>
public static class PncData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The shared folder (vectors/, pnc/, ...).</summary>
    public static string SharedDirectory => Root.Value;

    /// <summary>../shared/pnc.</summary>
    public static string Directory => Path.Combine(Root.Value, "pnc");

    /// <summary>../shared/pnc/pki/&lt;set&gt; (iso2, iso20, iso20_ed448).</summary>
    public static string Pki(string set) => Path.Combine(Directory, "pki", set);

    /// <summary>../shared/pnc/signed/&lt;set&gt;.</summary>
    public static string Signed(string set) => Path.Combine(Directory, "signed", set);

    /// <summary>The validation time of every certificate test of the shared PKI.</summary>
    public static readonly DateTimeOffset ReferenceTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

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
                if (System.IO.Directory.Exists(Path.Combine(shared, "pnc")))
                {
                    return shared;
                }
            }
        }

        throw new InvalidOperationException("../shared/pnc was not found beside the repository (set V2G_SHARED to override)");
    }
}
