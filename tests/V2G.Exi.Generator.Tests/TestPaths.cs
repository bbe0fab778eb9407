using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace V2G.Exi.Generator.Tests;

/// <summary>The repository (the folder holding Codec.sln) and ../shared beside it (V2G_SHARED overrides the latter).</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Repo = new(FindRepositoryRoot);
    private static readonly Lazy<string> Shared = new(FindShared);

    public static string RepositoryRoot => Repo.Value;

    public static string SchemasDirectory => Path.Combine(Repo.Value, "schemas");

    public static string SharedDirectory => Shared.Value;

    public static string ReferenceSchemasDirectory => Path.Combine(Shared.Value, "reference-schemas");

    public static string VectorsDirectory => Path.Combine(Shared.Value, "vectors");

    /// <summary>Our app-protocol root schema, as the generator sees it.</summary>
    public static string AppProtocolSchemaPath => Path.Combine(SchemasDirectory, "app-protocol", "AppProtocol.xsd");

    /// <summary>
    /// Every .xsd directly inside the given folders (relative to <paramref name="baseDirectory"/>, "" for the base itself),
    /// keyed by its full path with '/' separators, as the generator normalises AdditionalFiles paths.
    /// </summary>
    public static Dictionary<string, string> LoadSchemaFiles(string baseDirectory, IEnumerable<string> folders)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string folder in folders)
        {
            string directory = folder.Length == 0 ? baseDirectory : Path.Combine(baseDirectory, folder);
            foreach (string file in Directory.GetFiles(directory, "*.xsd", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal))
            {
                files[Normalise(file)] = File.ReadAllText(file);
            }
        }

        return files;
    }

    public static string Normalise(string path) => Path.GetFullPath(path).Replace('\\', '/');

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder with Codec.sln above " + AppContext.BaseDirectory);
    }

    private static string FindShared()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("V2G_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        string shared = Path.Combine(Directory.GetParent(FindRepositoryRoot())!.FullName, "shared");
        if (!Directory.Exists(Path.Combine(shared, "reference-schemas")))
        {
            throw new InvalidOperationException(shared + "/reference-schemas was not found beside the repository (set V2G_SHARED to override)");
        }

        return shared;
    }
}
