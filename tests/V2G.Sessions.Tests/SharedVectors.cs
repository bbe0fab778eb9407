using System;
using System.IO;

namespace V2G.Sessions.Tests;

/// <summary>Reads EXI streams of ../shared/vectors beside the repository (or $V2G_SHARED).</summary>
internal static class SharedVectors
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The bytes of <c>vectors/&lt;family&gt;/&lt;name&gt;.exi</c>.</summary>
    public static byte[] Exi(string family, string name) => File.ReadAllBytes(Path.Combine(Root.Value, "vectors", family, name + ".exi"));

    private static string FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("V2G_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")) && Directory.Exists(Path.Combine(shared, "vectors")))
            {
                return shared;
            }
        }

        throw new InvalidOperationException("../shared/vectors was not found beside the repository (set V2G_SHARED)");
    }
}
