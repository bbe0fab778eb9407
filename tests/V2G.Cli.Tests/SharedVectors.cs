using System;
using System.IO;

namespace V2G.Cli.Tests;

/// <summary>
/// Locates the shared test data: <c>../shared</c> beside the folder holding Codec.sln (found by walking up from the
/// test binaries), or the folder named by the <c>V2G_SHARED</c> environment variable.
/// </summary>
public static class SharedVectors
{
    private static readonly Lazy<string> SharedRoot = new(Locate);

    public static string Root => SharedRoot.Value;

    /// <summary>vectors/app-protocol.</summary>
    public static string AppProtocol => Path.Combine(Root, "vectors", "app-protocol");

    /// <summary>vectors/invalid.</summary>
    public static string Invalid => Path.Combine(Root, "vectors", "invalid");

    /// <summary>vectors/string-table.</summary>
    public static string StringTable => Path.Combine(Root, "vectors", "string-table");

    public static string AppProtocolFile(string name) => Path.Combine(AppProtocol, name);

    public static string InvalidFile(string name) => Path.Combine(Invalid, name);

    private static string Locate()
    {
        string? overridden = Environment.GetEnvironmentVariable("V2G_SHARED");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Require(overridden, "V2G_SHARED");
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")) && dir.Parent != null)
            {
                return Require(Path.Combine(dir.Parent.FullName, "shared"), "the folder beside the repository");
            }
        }

        throw new InvalidOperationException("Codec.sln was not found above " + AppContext.BaseDirectory + "; set V2G_SHARED to the shared test data folder");
    }

    private static string Require(string root, string origin)
    {
        if (!Directory.Exists(Path.Combine(root, "vectors", "app-protocol")))
        {
            throw new InvalidOperationException($"The shared test data ({origin}: {root}) has no vectors/app-protocol folder");
        }

        return root;
    }
}
