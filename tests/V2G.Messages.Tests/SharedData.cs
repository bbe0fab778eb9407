using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace V2G.Messages.Tests;

/// <summary>Finds ../shared beside the repository and reads the vector manifest.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<Vector>> AllVectors = new(ReadManifest);

    public static string Directory => Root.Value;

    public static string VectorsDirectory => Path.Combine(Root.Value, "vectors");

    public static IReadOnlyList<Vector> Vectors => AllVectors.Value;

    public static IEnumerable<Vector> Family(string family) => Vectors.Where(v => v.Family == family);

    /// <summary>The vectors one codec reads (see <see cref="Vector.CodecKey"/>).</summary>
    public static IEnumerable<Vector> ForCodec(string codecKey) => Vectors.Where(v => v.CodecKey == codecKey);

    /// <summary>Captures of real sessions: every .exi in captures/&lt;family&gt;.</summary>
    public static IEnumerable<string> Captures(string family)
    {
        string folder = Path.Combine(VectorsDirectory, "captures", family);
        return System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetFiles(folder, "*.exi").Select(Path.GetFileNameWithoutExtension).OfType<string>().OrderBy(n => n, StringComparer.Ordinal)
            : Enumerable.Empty<string>();
    }

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
                if (File.Exists(Path.Combine(shared, "vectors", "manifest.json")))
                {
                    return shared;
                }
            }
        }

        throw new InvalidOperationException("../shared/vectors/manifest.json was not found beside the repository (set V2G_SHARED to override)");
    }

    private static IReadOnlyList<Vector> ReadManifest()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorsDirectory, "manifest.json")));
        var result = new List<Vector>();
        foreach (var v in json.RootElement.GetProperty("vectors").EnumerateArray())
        {
            result.Add(new Vector(
                v.GetProperty("family").GetString()!,
                v.GetProperty("name").GetString()!,
                v.GetProperty("xmlFile").GetString()!,
                v.GetProperty("exiFile").GetString()!,
                v.GetProperty("root").GetString()!,
                v.TryGetProperty("fragment", out var f) && f.GetBoolean(),
                v.TryGetProperty("stringTableHits", out var h) && h.GetBoolean()));
        }

        return result;
    }
}

/// <summary>One entry of manifest.json.</summary>
public sealed record Vector(string Family, string Name, string XmlFile, string ExiFile, string Root, bool Fragment, bool StringTableHits)
{
    public byte[] Exi => File.ReadAllBytes(Path.Combine(SharedData.VectorsDirectory, ExiFile));

    public string Xml => File.ReadAllText(Path.Combine(SharedData.VectorsDirectory, XmlFile));

    public string TracePath => Path.Combine(SharedData.VectorsDirectory, Path.ChangeExtension(ExiFile, ".trace"));

    /// <summary>Which codec reads the vector: its family, and for a fragment named <c>Schema.Element</c> that schema too.</summary>
    public string CodecKey => Fragment && Name.IndexOf('.') is int dot and > 0 ? Family + "/" + Name[..dot] : Family;

    public override string ToString() => Family + "/" + Name;
}
