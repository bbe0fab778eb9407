using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace V2G.Messages.Tests;

/// <summary>
/// The parts of manifest.json that <see cref="SharedData"/> does not read: the negative cases
/// (<c>invalid.xml[]</c>, <c>invalid.exi[]</c>) and the <c>sourceFamily</c> of the <c>string-table</c> vectors.
/// </summary>
public static class InvalidManifest
{
    private static readonly Lazy<Parsed> Data = new(Read);

    /// <summary>The entries of <c>invalid.xml[]</c>: XML instances with one schema defect each.</summary>
    public static IReadOnlyList<InvalidEntry> Xml => Data.Value.Xml;

    /// <summary>The entries of <c>invalid.exi[]</c>: streams that are not valid EXI for their schema.</summary>
    public static IReadOnlyList<InvalidEntry> Exi => Data.Value.Exi;

    /// <summary>The family whose codec decodes a <c>string-table</c> vector (its <c>sourceFamily</c>).</summary>
    public static string SourceFamily(Vector vector) =>
        Data.Value.SourceFamilies.TryGetValue(vector.Name, out var family)
            ? family
            : throw new InvalidOperationException(vector + " has no sourceFamily in manifest.json");

    public static InvalidEntry XmlEntry(string name) => Xml.Single(e => e.Name == name);

    public static InvalidEntry ExiEntry(string name) => Exi.Single(e => e.Name == name);

    private sealed record Parsed(IReadOnlyList<InvalidEntry> Xml, IReadOnlyList<InvalidEntry> Exi, IReadOnlyDictionary<string, string> SourceFamilies);

    private static Parsed Read()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.VectorsDirectory, "manifest.json")));
        var root = json.RootElement;
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in root.GetProperty("vectors").EnumerateArray())
        {
            if (v.TryGetProperty("sourceFamily", out var source) && source.ValueKind == JsonValueKind.String)
            {
                sources[v.GetProperty("name").GetString()!] = source.GetString()!;
            }
        }

        var invalid = root.GetProperty("invalid");
        return new Parsed(Entries(invalid, "xml"), Entries(invalid, "exi"), sources);
    }

    private static List<InvalidEntry> Entries(JsonElement invalid, string kind)
    {
        var result = new List<InvalidEntry>();
        if (!invalid.TryGetProperty(kind, out var array))
        {
            return result;
        }

        foreach (var e in array.EnumerateArray())
        {
            result.Add(new InvalidEntry(
                Name: e.GetProperty("name").GetString()!,
                File: e.GetProperty("file").GetString()!,
                DerivedFrom: Text(e, "derivedFrom"),
                Fragment: e.TryGetProperty("fragment", out var f) && f.GetBoolean(),
                Defect: Text(e, "defect") ?? string.Empty,
                ElementPath: Text(e, "elementPath"),
                SchemaValidation: Text(e, "schemaValidation"),
                Exificient: Text(e, "exificient"),
                ExificientStrict: Text(e, "exificientStrict"),
                ExiFile: Text(e, "exiFile"),
                ExificientError: Text(e, "exificientError")));
        }

        return result;
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}

/// <summary>One entry of <c>invalid.xml[]</c> or <c>invalid.exi[]</c>.</summary>
public sealed record InvalidEntry(
    string Name,
    string File,
    string? DerivedFrom,
    bool Fragment,
    string Defect,
    string? ElementPath,
    string? SchemaValidation,
    string? Exificient,
    string? ExificientStrict,
    string? ExiFile,
    string? ExificientError)
{
    /// <summary>
    /// The family (vector folder) the case belongs to: the folder of the valid vector it was derived from
    /// (<c>derivedFrom</c>, e.g. <c>iso2-fragment/AuthorizationReq-max.xml</c>), which also tells document from fragment.
    /// </summary>
    public string Family
    {
        get
        {
            string? folder = DerivedFrom?.Split('/')[0];
            if (string.IsNullOrEmpty(folder) || folder == DerivedFrom)
            {
                throw new InvalidOperationException("invalid entry " + Name + " has no derivedFrom folder to tell its family");
            }

            return folder;
        }
    }

    public string FullPath => Path.Combine(SharedData.VectorsDirectory, File);

    public string? ExiFullPath => ExiFile is null ? null : Path.Combine(SharedData.VectorsDirectory, ExiFile);

    public override string ToString() => Name;
}
