using System;
using V2G.Exi;

namespace V2G.Cli.Schemas;

/// <summary>The generated decode method of a codec: <c>Decode(ReadOnlySpan&lt;byte&gt;, ExiDecodeOptions, out int)</c>.</summary>
/// <typeparam name="TDocument">The codec's document type.</typeparam>
/// <param name="source">The EXI stream.</param>
/// <param name="options">Decoder options.</param>
/// <param name="bytesConsumed">Bytes the stream used.</param>
/// <returns>The document.</returns>
internal delegate TDocument ExiDecoder<TDocument>(ReadOnlySpan<byte> source, ExiDecodeOptions options, out int bytesConsumed);

/// <summary>
/// Adapts the static methods of a generated codec class (<c>Decode</c>, <c>Encode</c>, <c>ToXml</c>, <c>FromXml</c>)
/// to <see cref="ISchemaCodec"/>, so that a family is registered with one line.
/// </summary>
/// <typeparam name="TDocument">The codec's document type.</typeparam>
internal sealed class SchemaCodec<TDocument> : ISchemaCodec
{
    private readonly ExiDecoder<TDocument> _decode;
    private readonly Func<TDocument, byte[]> _encode;
    private readonly Func<TDocument, string> _toXml;
    private readonly Func<string, TDocument> _fromXml;

    /// <summary>Creates the adapter.</summary>
    /// <param name="name">The <c>--schema</c> name.</param>
    /// <param name="description">What the family contains.</param>
    /// <param name="decode">The codec's <c>Decode(source, options, out bytesConsumed)</c>.</param>
    /// <param name="encode">The codec's <c>Encode(document)</c>.</param>
    /// <param name="toXml">The codec's <c>ToXml(document)</c>.</param>
    /// <param name="fromXml">The codec's <c>FromXml(string)</c>.</param>
    public SchemaCodec(
        string name,
        string description,
        ExiDecoder<TDocument> decode,
        Func<TDocument, byte[]> encode,
        Func<TDocument, string> toXml,
        Func<string, TDocument> fromXml)
    {
        Name = name;
        Description = description;
        _decode = decode;
        _encode = encode;
        _toXml = toXml;
        _fromXml = fromXml;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public (string Xml, int BytesConsumed) DecodeToXml(ReadOnlySpan<byte> exi, ExiDecodeOptions options)
    {
        TDocument document = _decode(exi, options, out int consumed);
        return (_toXml(document), consumed);
    }

    /// <inheritdoc/>
    public byte[] EncodeFromXml(string xml) => _encode(_fromXml(xml));
}
