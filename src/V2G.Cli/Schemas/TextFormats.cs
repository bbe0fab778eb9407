using System;
using V2G.Exi;

namespace V2G.Cli.Schemas;

/// <summary>Decoding to and encoding from either text form.</summary>
internal static class TextFormats
{
    /// <summary>The output file extension of a form.</summary>
    /// <param name="format">The form.</param>
    /// <returns><c>.xml</c> or <c>.json</c>.</returns>
    public static string Extension(this TextFormat format) => format == TextFormat.Json ? ".json" : ".xml";

    /// <summary>Decodes into the chosen form.</summary>
    /// <param name="codec">The family.</param>
    /// <param name="exi">The stream.</param>
    /// <param name="options">Decoder options.</param>
    /// <param name="fragment">Whether it is an EXI fragment.</param>
    /// <param name="format">The form.</param>
    /// <returns>The text and the bytes the stream used.</returns>
    /// <exception cref="ExiException">The stream is malformed, or its content cannot be written in that form.</exception>
    public static (string Text, int BytesConsumed) DecodeTo(this ISchemaCodec codec, ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment, TextFormat format) =>
        format == TextFormat.Json ? codec.DecodeToJson(exi, options, fragment) : codec.DecodeToXml(exi, options, fragment);

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
