using System;
using V2G.Cli.Bench;
using V2G.Exi;

namespace V2G.Cli.Schemas;

/// <summary>One message family (schema set) the tool can decode and encode, selected by <c>--schema</c>.</summary>
internal interface ISchemaCodec
{
    /// <summary>The name given to <c>--schema</c> (e.g. <c>app-protocol</c>).</summary>
    string Name { get; }

    /// <summary>What the family contains, for the help text.</summary>
    string Description { get; }

    /// <summary>Decodes an EXI stream (a document, or with <paramref name="fragment"/> an EXI fragment) into XML.</summary>
    /// <param name="exi">The EXI stream; bytes after its end are left unread.</param>
    /// <param name="options">Decoder options.</param>
    /// <param name="fragment">True to read an EXI fragment (§8.5.3) holding one element, as signatures use.</param>
    /// <returns>The XML text and the number of bytes the stream used.</returns>
    /// <exception cref="ExiDecodeException">The stream is malformed (with bit offset and element path).</exception>
    (string Xml, int BytesConsumed) DecodeToXml(ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment);

    /// <summary>Encodes the XML form of a document (or with <paramref name="fragment"/> of a fragment's element) into EXI.</summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="fragment">True to write an EXI fragment (§8.5.3).</param>
    /// <returns>The EXI stream.</returns>
    /// <exception cref="ExiException">The XML is not well-formed or breaks the schema (with the element path).</exception>
    byte[] EncodeFromXml(string xml, bool fragment);

    /// <summary>Explains an EXI stream bit by bit through the codec's own decoder (see <c>v2g explain</c>).</summary>
    /// <param name="exi">The EXI stream.</param>
    /// <param name="options">Decoder options.</param>
    /// <param name="fragment">True to read an EXI fragment (§8.5.3).</param>
    /// <returns>The trace; when decoding fails, the events up to the failure and the error.</returns>
    V2G.Exi.Tracing.ExiTrace Explain(ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment);

    /// <summary>Decodes into the chosen text form and lists the decoded value's facet violations.</summary>
    /// <param name="exi">The EXI stream; bytes after its end are left unread.</param>
    /// <param name="options">Decoder options (strict facet validation turns a violation into an error).</param>
    /// <param name="fragment">True to read an EXI fragment (§8.5.3).</param>
    /// <param name="format">The text form.</param>
    /// <returns>The text, the bytes the stream used and the violations (see <c>Validate</c>).</returns>
    /// <exception cref="ExiException">The stream is malformed, or its content cannot be written in that form.</exception>
    DecodedText Decode(ReadOnlySpan<byte> exi, ExiDecodeOptions options, bool fragment, TextFormat format);

    /// <summary>Encodes XML or JSON text with encoder options.</summary>
    /// <param name="text">The XML or JSON text.</param>
    /// <param name="fragment">True to write an EXI fragment (§8.5.3).</param>
    /// <param name="format">The form of the text.</param>
    /// <param name="options">Encoder options (<see cref="ExiEncodeOptions.Relaxed"/> writes facet violations as they are).</param>
    /// <returns>The EXI stream.</returns>
    /// <exception cref="ExiException">The text is not well-formed or breaks the schema.</exception>
    byte[] Encode(string text, bool fragment, TextFormat format, ExiEncodeOptions options);

    /// <summary>
    /// Prepares a message for <c>v2g bench</c>: decodes it once and re-encodes the value once, and returns an object
    /// that repeats both through the codec's own generic type, with no dispatch through this interface per call.
    /// </summary>
    /// <param name="exi">The EXI stream (copied).</param>
    /// <param name="fragment">True to read an EXI fragment (§8.5.3).</param>
    /// <returns>The prepared message.</returns>
    /// <exception cref="ExiException">The stream does not decode, or its value does not encode again.</exception>
    ICodecBench CreateBench(ReadOnlySpan<byte> exi, bool fragment);
}
