using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace V2G.Sessions.Tests;

/// <summary>Reads EXI streams of ../shared/vectors beside the repository (or $V2G_SHARED).</summary>
internal static class SharedVectors
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The bytes of <c>vectors/&lt;family&gt;/&lt;name&gt;.exi</c>.</summary>
    public static byte[] Exi(string family, string name) => System.IO.File.ReadAllBytes(Path.Combine(Root.Value, "vectors", family, name + ".exi"));

    /// <summary>Every manifest vector of a family: its EXI file (relative to vectors/) and its root or body element.</summary>
    public static IEnumerable<object[]> Manifest(params string[] families)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Root.Value, "vectors", "manifest.json")));
        return json.RootElement.GetProperty("vectors").EnumerateArray()
            .Where(v => families.Contains(v.GetProperty("family").GetString()))
            .Select(v => new object[]
            {
                v.GetProperty("family").GetString()!,
                v.GetProperty("exiFile").GetString()!,
                v.TryGetProperty("bodyElement", out JsonElement body) && body.ValueKind == JsonValueKind.String
                    ? body.GetString()! : v.GetProperty("root").GetString()!,
            })
            .ToList();
    }

    /// <summary>Every message of captures/captures.json: family, id, message name.</summary>
    public static IEnumerable<object[]> Captures()
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Root.Value, "vectors", "captures", "captures.json")));
        return json.RootElement.EnumerateArray()
            .Select(c => new object[]
            {
                c.GetProperty("family").GetString()!, c.GetProperty("id").GetString()!, c.GetProperty("message").GetString()!,
            })
            .ToList();
    }

    /// <summary>The bytes of a file below vectors/.</summary>
    public static byte[] File(string relativePath) => System.IO.File.ReadAllBytes(Path.Combine(Root.Value, "vectors", relativePath));

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
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Codec.sln")) && Directory.Exists(Path.Combine(shared, "vectors")))
            {
                return shared;
            }
        }

        throw new InvalidOperationException("../shared/vectors was not found beside the repository (set V2G_SHARED)");
    }
}
