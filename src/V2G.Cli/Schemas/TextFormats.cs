using System;

namespace V2G.Cli.Schemas;

/// <summary>The two text forms (XML and JSON): file extensions and recognising an input's form.</summary>
internal static class TextFormats
{
    /// <summary>The output file extension of a form.</summary>
    /// <param name="format">The form.</param>
    /// <returns><c>.xml</c> or <c>.json</c>.</returns>
    public static string Extension(this TextFormat format) => format == TextFormat.Json ? ".json" : ".xml";

    /// <summary>
    /// The form of an encode input: JSON when its first non-space character is <c>{</c> (or the file is a <c>.json</c>),
    /// otherwise XML.
    /// </summary>
    /// <param name="text">The input text.</param>
    /// <param name="fileName">The input's file name, if it is a file.</param>
    /// <returns>The form.</returns>
    public static TextFormat Detect(string text, string? fileName)
    {
        if (fileName is not null && fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return TextFormat.Json;
        }

        // A UTF-8 byte order mark is not white space to Trim; skip it too.
        string start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith('{') ? TextFormat.Json : TextFormat.Xml;
    }
}
