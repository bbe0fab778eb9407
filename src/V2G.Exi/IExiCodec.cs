using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace V2G.Exi;

/// <summary>
/// One kind of EXI stream of a generated codec (its documents or its fragments) as an object, for code that works
/// with any codec: a transport that frames any family's messages, a test bench, a tool. Every generated codec
/// class exposes <c>Documents</c> and <c>Fragments</c>; the static methods of the codec class do the same work.
/// </summary>
/// <typeparam name="T">The document or fragment union of the codec.</typeparam>
public interface IExiCodec<T>
    where T : struct
{
    /// <summary>Encodes into a caller's buffer. Allocates nothing.</summary>
    /// <param name="value">What to encode.</param>
    /// <param name="destination">Where the EXI stream is written.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ExiEncodeException">The content breaks the schema, or the buffer is too small (<see cref="ExiBufferTooSmallException"/>).</exception>
    int Encode(T value, Span<byte> destination);

    /// <summary>Encodes into a caller's buffer; returns false, without throwing, if the buffer is too small.</summary>
    /// <param name="value">What to encode.</param>
    /// <param name="destination">Where the EXI stream is written.</param>
    /// <param name="bytesWritten">The number of bytes written, 0 if the buffer is too small.</param>
    /// <returns>True if the stream fit.</returns>
    /// <exception cref="ExiEncodeException">The content breaks the schema.</exception>
    bool TryEncode(T value, Span<byte> destination, out int bytesWritten);

    /// <summary>Encodes into a new array of exactly the stream's length.</summary>
    /// <param name="value">What to encode.</param>
    /// <returns>The EXI stream.</returns>
    /// <exception cref="ExiEncodeException">The content breaks the schema.</exception>
    byte[] Encode(T value);

    /// <summary>Encodes with options, e.g. <see cref="ExiEncodeOptions.Relaxed"/> to reproduce what a device sent.</summary>
    /// <param name="value">What to encode.</param>
    /// <param name="options">The encoding options.</param>
    /// <returns>The EXI stream.</returns>
    /// <exception cref="ExiEncodeException">The content breaks the schema (under the options' rules).</exception>
    byte[] Encode(T value, ExiEncodeOptions options);

    /// <summary>Decodes a stream and reports how many bytes it used; the rest are trailing bytes.</summary>
    /// <param name="source">The EXI stream, starting with the header byte 0x80.</param>
    /// <param name="options">Decoding options.</param>
    /// <param name="bytesConsumed">Bytes up to and including the one holding the last bit of the stream.</param>
    /// <returns>The decoded value.</returns>
    /// <exception cref="ExiDecodeException">
    /// The stream is malformed or breaks a limit of <paramref name="options"/> (with bit offset and element path);
    /// <see cref="ExiEndOfStreamException"/> when it is truncated, <see cref="ExiStringTableHitException"/> for a
    /// string-table hit the options do not allow.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    T Decode(ReadOnlySpan<byte> source, ExiDecodeOptions options, out int bytesConsumed);

    /// <summary>Decodes a stream, raising no exception for any input that does not decode.</summary>
    /// <param name="source">The EXI stream.</param>
    /// <param name="value">The decoded value, when decoding succeeded.</param>
    /// <param name="error">Why decoding failed, when it did.</param>
    /// <returns>True if the stream decoded.</returns>
    bool TryDecode(ReadOnlySpan<byte> source, out T value, [NotNullWhen(false)] out ExiError? error);

    /// <summary>
    /// Decodes a stream with options, raising no exception for any input: a malformed, truncated or over-limit stream
    /// returns false with the error (reason, bit offset, element path), exactly what <see cref="Decode"/> would throw.
    /// </summary>
    /// <param name="source">The EXI stream, starting with the header byte 0x80.</param>
    /// <param name="options">Decoding options (string-table hits, facet validation, limits).</param>
    /// <param name="value">The decoded value, when decoding succeeded.</param>
    /// <param name="bytesConsumed">Bytes up to and including the one holding the last bit of the stream; 0 on failure.</param>
    /// <param name="error">Why decoding failed, when it did.</param>
    /// <returns>True if the stream decoded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    bool TryDecode(ReadOnlySpan<byte> source, ExiDecodeOptions options, out T value, out int bytesConsumed, [NotNullWhen(false)] out ExiError? error);

    /// <summary>Writes the standard XML form.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The XML text.</returns>
    string ToXml(T value);

    /// <summary>Reads the XML form.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ExiXmlException">The XML is not well-formed or breaks the schema (with the element path).</exception>
    T FromXml(string xml);

    /// <summary>Writes the JSON form (keys in schema order; see the README's JSON form).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ExiJsonException">A string holds text JSON cannot carry (a lone surrogate).</exception>
    string ToJson(T value);

    /// <summary>Writes the JSON form, one object <c>{"RootElement": {...}}</c>, to a caller's writer.</summary>
    /// <param name="writer">Where the JSON is written.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ExiJsonException">A string holds text JSON cannot carry (a lone surrogate).</exception>
    void WriteJson(System.Text.Json.Utf8JsonWriter writer, T value);

    /// <summary>Reads the JSON form; keys may come in any order.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ExiJsonException">The JSON is not well-formed or breaks the schema (with the JSON path).</exception>
    T FromJson(string json);

    /// <summary>
    /// Lists every facet violation and every abstract head element in a value (what a default decode accepts and a
    /// strict one refuses), with the element path and the rule.
    /// </summary>
    /// <param name="value">The value, e.g. a decoded message.</param>
    /// <returns>The violations; empty when the value is schema-valid.</returns>
    IReadOnlyList<Validation.ExiValidationIssue> Validate(T value);
}
