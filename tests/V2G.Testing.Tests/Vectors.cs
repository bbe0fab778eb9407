using System;
using System.IO;

namespace V2G.Testing.Tests;

/// <summary>Reads EXI streams of ../shared/vectors beside the repository (V2G_SHARED overrides the folder).</summary>
internal static class Vectors
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static byte[] Exi(string relativePath) => File.ReadAllBytes(Path.Combine(Root.Value, relativePath));

    private static string FindRoot()
    {
        string? shared = Environment.GetEnvironmentVariable("V2G_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            return Path.Combine(shared, "vectors");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared", "vectors");
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException("../shared/vectors was not found beside the repository (set V2G_SHARED)");
    }
}
