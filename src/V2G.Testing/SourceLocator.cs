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
        string normalized = sourceFile.Replace('\\', '/');
        string? relative = MappedRelativePath(normalized);
        if (relative == null)
        {
            string? direct = Path.GetDirectoryName(sourceFile);
            return direct != null && System.IO.Directory.Exists(direct)
                ? direct
                : throw new InvalidOperationException(
                    "The folder of the test source '" + sourceFile + "' does not exist on this machine; run the test from its checkout");
        }

        // A mapped path is looked up in the checkout first: a folder that happens to exist under the literal /_/ (left by
        // another tool that took the mapped path at its word) is not the test's source folder.
        string relativeFolder = Path.GetDirectoryName(relative) ?? string.Empty;
        foreach (string start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, relative)))
                {
                    return Path.Combine(dir.FullName, relativeFolder);
                }
            }
        }

        throw new InvalidOperationException("The test source '" + relative + "' (from '" + sourceFile + "') was not found above "
            + System.IO.Directory.GetCurrentDirectory() + " or " + AppContext.BaseDirectory);
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
