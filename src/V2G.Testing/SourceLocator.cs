using System;
using System.IO;

namespace V2G.Testing;

/// <summary>
/// Finds the folder of a test source file from its compile-time path. A deterministic build (ContinuousIntegrationBuild)
/// maps source paths to <c>/_/...</c>; such a path is resolved against the folders above the test's working and base
/// directories, where the checkout is.
/// </summary>
internal static class SourceLocator
{
    public static string Directory(string sourceFile)
    {
        string? direct = Path.GetDirectoryName(sourceFile);
        if (direct != null && System.IO.Directory.Exists(direct))
        {
            return direct;
        }

        string normalized = sourceFile.Replace('\\', '/');
        string relative = MappedRelativePath(normalized) ?? throw new InvalidOperationException(
            "The folder of the test source '" + sourceFile + "' does not exist on this machine; run the test from its checkout");
        string relativeFolder = Path.GetDirectoryName(relative) ?? string.Empty;
        foreach (string start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, relativeFolder);
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("The test source folder '" + relativeFolder + "' (from '" + sourceFile + "') was not found above "
            + System.IO.Directory.GetCurrentDirectory());
    }

    /// <summary>The part after a path-map root such as <c>/_/</c> or <c>/_1/</c>, or null for a path without one.</summary>
    private static string? MappedRelativePath(string path)
    {
        if (!path.StartsWith("/_", StringComparison.Ordinal))
        {
            return null;
        }

        int slash = path.IndexOf('/', 1);
        return slash > 0 && path.AsSpan(2, slash - 2).IndexOfAnyExcept("0123456789") < 0 ? path[(slash + 1)..] : null;
    }
}
