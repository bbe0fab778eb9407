using System;
using V2G.Cli.Bench;
using V2G.Exi;

namespace V2G.Cli.Schemas;

/// <summary>A generated codec (its document and fragment streams) behind <see cref="ISchemaCodec"/>.</summary>
/// <typeparam name="TDocument">The codec's document type.</typeparam>
/// <typeparam name="TFragment">The codec's fragment type.</typeparam>
/// <param name="Name">The <c>--schema</c> name.</param>
/// <param name="Description">What the family contains.</param>
/// <param name="Documents">The codec's <c>Documents</c>.</param>
/// <param name="Fragments">The codec's <c>Fragments</c>.</param>
internal sealed record SchemaCodec<TDocument, TFragment>(string Name, string Description, IExiCodec<TDocument> Documents, IExiCodec<TFragment> Fragments) : ISchemaCodec
    where TDocument : struct
    where TFragment : struct
{
    /// <inheritdoc/>
    public (string Xml, int BytesConsumed) DecodeToXml(ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment) =>
        fragment ? DecodeToXml(Fragments, exi, options) : DecodeToXml(Documents, exi, options);

    /// <inheritdoc/>
    public byte[] EncodeFromXml(string xml, bool fragment) => fragment ? Fragments.Encode(Fragments.FromXml(xml)) : Documents.Encode(Documents.FromXml(xml));

    /// <inheritdoc/>
    public V2G.Exi.Tracing.ExiTrace Explain(ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment) =>
        ((V2G.Exi.Tracing.IExiExplainer)(fragment ? (object)Fragments : Documents)).Explain(exi, options);

    /// <inheritdoc/>
    public DecodedText Decode(ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment, TextFormat format) =>
        fragment ? Decode(Fragments, exi, options, format) : Decode(Documents, exi, options, format);

    /// <inheritdoc/>
    public byte[] Encode(string text, bool fragment, TextFormat format, ExiEncodeOptions options) =>
        fragment ? Encode(Fragments, text, format, options) : Encode(Documents, text, format, options);

    /// <inheritdoc/>
    public ICodecBench CreateBench(ReadOnlySpan<byte> exi, bool fragment) =>
        fragment ? CodecBench<TFragment>.Create(Fragments, exi) : CodecBench<TDocument>.Create(Documents, exi);

    private static DecodedText Decode<T>(IExiCodec<T> codec, ReadOnlySpan<byte> exi, ExiDecodeOptions options, TextFormat format)
        where T : struct
    {
        T value = codec.Decode(exi, options, out int consumed);
        return new DecodedText(format == TextFormat.Json ? codec.ToJson(value) : codec.ToXml(value), consumed, codec.Validate(value));
    }

    private static byte[] Encode<T>(IExiCodec<T> codec, string text, TextFormat format, ExiEncodeOptions options)
        where T : struct =>
        codec.Encode(format == TextFormat.Json ? codec.FromJson(text) : codec.FromXml(text), options);

    private static (string Xml, int BytesConsumed) DecodeToXml<T>(IExiCodec<T> codec, ReadOnlySpan<byte> exi, ExiDecodeOptions options)
        where T : struct
    {
        T value = codec.Decode(exi, options, out int consumed);
        return (codec.ToXml(value), consumed);
    }
}

/// <summary>Creates <see cref="SchemaCodec{TDocument, TFragment}"/> with the types inferred.</summary>
internal static class SchemaCodec
{
    /// <summary>Registers a generated codec under a <c>--schema</c> name.</summary>
    /// <typeparam name="TDocument">The codec's document type.</typeparam>
    /// <typeparam name="TFragment">The codec's fragment type.</typeparam>
    /// <param name="name">The <c>--schema</c> name.</param>
    /// <param name="description">What the family contains.</param>
    /// <param name="documents">The codec's <c>Documents</c>.</param>
    /// <param name="fragments">The codec's <c>Fragments</c>.</param>
    /// <returns>The family.</returns>
    public static ISchemaCodec Of<TDocument, TFragment>(string name, string description, IExiCodec<TDocument> documents, IExiCodec<TFragment> fragments)
        where TDocument : struct
        where TFragment : struct => new SchemaCodec<TDocument, TFragment>(name, description, documents, fragments);
}
