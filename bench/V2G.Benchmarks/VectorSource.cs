using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace V2G.Benchmarks;

/// <summary>
/// Locates the shared test vectors (the folder <c>shared</c> beside the repository root, or <c>$V2G_SHARED</c>) and
/// reads one vector's <c>.xml</c> / <c>.exi</c> pair. A family is a folder of <c>shared/vectors</c>
/// (<c>app-protocol</c>, <c>din</c>, <c>iso2</c>, <c>iso20-dc</c>, ...); a vector name is the file base name.
/// </summary>
public static class VectorSource
{
    private static readonly Lazy<string> SharedRoot = new(FindSharedRoot);

    /// <summary>The <c>shared</c> folder.</summary>
    public static string SharedDirectory => SharedRoot.Value;

    /// <summary>The folder of one vector family, e.g. <c>shared/vectors/app-protocol</c>.</summary>
    /// <param name="family">Folder name under <c>shared/vectors</c>.</param>
    /// <returns>The full path.</returns>
    public static string FamilyDirectory(string family) => Path.Combine(SharedRoot.Value, "vectors", family);

    /// <summary>
    /// Vector names of a family (every base name with both an <c>.exi</c> and an <c>.xml</c> file), ordinally sorted;
    /// for <see cref="BenchmarkDotNet.Attributes.ParamsSourceAttribute"/>.
    /// </summary>
    /// <param name="family">Folder name under <c>shared/vectors</c>.</param>
    /// <param name="variants">
    /// Optional variant filter (<c>min</c>, <c>max</c>, <c>rand1</c>, <c>rep1</c>, ...: the text after the last
    /// <c>-</c>); empty for all. Large families (din, iso2, iso20) can keep the run short with e.g. min and max.
    /// </param>
    /// <returns>The names.</returns>
    public static IEnumerable<string> Names(string family, params string[] variants)
    {
        string folder = FamilyDirectory(family);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("Vector family folder not found: " + folder);
        }

        return Directory.GetFiles(folder, "*.exi")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => File.Exists(Path.Combine(folder, name + ".xml")))
            .Where(name => variants.Length == 0 || variants.Contains(name[(name.LastIndexOf('-') + 1)..], StringComparer.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The XML text of a vector.</summary>
    /// <param name="family">Folder name under <c>shared/vectors</c>.</param>
    /// <param name="name">Vector base name.</param>
    /// <returns>The XML.</returns>
    public static string ReadXml(string family, string name) => File.ReadAllText(Path.Combine(FamilyDirectory(family), name + ".xml"));

    /// <summary>The EXI bytes of a vector.</summary>
    /// <param name="family">Folder name under <c>shared/vectors</c>.</param>
    /// <param name="name">Vector base name.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ReadExi(string family, string name) => File.ReadAllBytes(Path.Combine(FamilyDirectory(family), name + ".exi"));

    /// <summary>
    /// A destination buffer for encoding a vector: generously larger than its reference stream, so encode never
    /// hits the buffer-too-small path.
    /// </summary>
    /// <param name="referenceExi">The vector's reference EXI bytes.</param>
    /// <returns>A new buffer.</returns>
    public static byte[] EncodeBuffer(ReadOnlySpan<byte> referenceExi) => new byte[Math.Max(256, referenceExi.Length * 2)];

    private static string FindSharedRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("V2G_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        // BenchmarkDotNet runs each benchmark in a child process built under bin/, so both starting points lie
        // inside the repository; walk up to the folder holding Codec.sln and take its sibling "shared".
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Codec.sln")) && dir.Parent != null)
                {
                    string shared = Path.Combine(dir.Parent.FullName, "shared");
                    if (Directory.Exists(Path.Combine(shared, "vectors")))
                    {
                        return shared;
                    }
                }
            }
        }

        throw new InvalidOperationException(
            "The shared vectors (../shared/vectors beside the folder holding Codec.sln) were not found from "
            + Environment.CurrentDirectory + " or " + AppContext.BaseDirectory + "; set V2G_SHARED to the shared folder.");
    }
}
