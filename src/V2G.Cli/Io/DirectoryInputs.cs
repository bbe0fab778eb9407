using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace V2G.Cli.Io;

/// <summary>Expands a directory given as input into the files of one extension it holds (not recursing).</summary>
internal static class DirectoryInputs
{
    /// <summary>The files of <paramref name="directory"/> with one of <paramref name="extensions"/>, sorted by name.</summary>
    /// <param name="directory">An existing directory, as given on the command line.</param>
    /// <param name="extensions">The extensions with their dot, compared case-insensitively (e.g. <c>.exi</c>).</param>
    /// <returns>
    /// One file input per match in ordinal name order (so runs and platforms agree), or a single refused input naming the
    /// directory when it has no such file or cannot be listed.
    /// </returns>
    public static IReadOnlyList<InputSource> Expand(string directory, params string[] extensions)
    {
        string[] files;
        try
        {
            // Filtered here rather than by a "*.exi" pattern: on Windows such a pattern also matches "*.exi~" names.
            files = Directory.EnumerateFiles(directory)
                .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputSource.Refused(directory, "cannot list the directory: " + e.Message)];
        }

        return files.Length == 0
            ? [InputSource.Refused(directory, $"the directory has no {string.Join(" or ", extensions)} files")]
            : files.Select(InputSource.File).ToArray();
    }
}
