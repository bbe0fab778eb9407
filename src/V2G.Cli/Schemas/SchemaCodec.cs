using System;
using V2G.Exi;

namespace V2G.Cli.Schemas;

/// <summary>A generated decode method: <c>Decode(ReadOnlySpan&lt;byte&gt;, ExiDecodeOptions, out int)</c> or <c>DecodeFragment(...)</c>.</summary>
/// <typeparam name="T">The codec's document or fragment type.</typeparam>
/// <param name="source">The EXI stream.</param>
/// <param name="options">Decoder options.</param>
/// <param name="bytesConsumed">Bytes the stream used.</param>
/// <returns>The document or fragment.</returns>
internal delegate T ExiDecoder<T>(ReadOnlySpan<byte> source, ExiDecodeOptions options, out int bytesConsumed);

/// <summary>The four static methods of a generated codec for one kind of stream (documents or fragments).</summary>
/// <typeparam name="T">The document or fragment type.</typeparam>
/// <param name="Decode">Decode with options, reporting the bytes used.</param>
/// <param name="Encode">Encode into a new array.</param>
/// <param name="ToXml">Write XML.</param>
/// <param name="FromXml">Read XML.</param>
internal sealed record CodecMethods<T>(ExiDecoder<T> Decode, Func<T, byte[]> Encode, Func<T, string> ToXml, Func<string, T> FromXml)
{
    /// <summary>Decodes and writes XML.</summary>
    /// <param name="exi">The EXI stream.</param>
    /// <param name="options">Decoder options.</param>
    /// <returns>The XML and the bytes used.</returns>
    public (string Xml, int BytesConsumed) DecodeToXml(ReadOnlySpan<byte> exi, ExiDecodeOptions options)
    {
        T value = Decode(exi, options, out int consumed);
        return (ToXml(value), consumed);
    }

    /// <summary>Reads XML and encodes.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The EXI stream.</returns>
    public byte[] EncodeFromXml(string xml) => Encode(FromXml(xml));
}

/// <summary>
/// Adapts a generated codec class (its document and fragment methods) to <see cref="ISchemaCodec"/>, so that a
/// family is registered with one entry.
/// </summary>
/// <typeparam name="TDocument">The codec's document type.</typeparam>
/// <typeparam name="TFragment">The codec's fragment type.</typeparam>
/// <param name="Name">The <c>--schema</c> name.</param>
/// <param name="Description">What the family contains.</param>
/// <param name="Documents">Decode, Encode, ToXml, FromXml.</param>
/// <param name="Fragments">DecodeFragment, EncodeFragment, FragmentToXml, FragmentFromXml.</param>
internal sealed record SchemaCodec<TDocument, TFragment>(string Name, string Description, CodecMethods<TDocument> Documents, CodecMethods<TFragment> Fragments) : ISchemaCodec
{
    /// <inheritdoc/>
    public (string Xml, int BytesConsumed) DecodeToXml(ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment) =>
        fragment ? Fragments.DecodeToXml(exi, options) : Documents.DecodeToXml(exi, options);

    /// <inheritdoc/>
    public byte[] EncodeFromXml(string xml, bool fragment) => fragment ? Fragments.EncodeFromXml(xml) : Documents.EncodeFromXml(xml);
}
