using System;
using System.Text.Json;
using V2G.Exi;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>One V2GTP frame of a session, decoded with the codec the handshake selected, or the error that stopped it.</summary>
public sealed class SessionMessage
{
    private readonly Lazy<(string? Xml, string? Error)> xml;
    private readonly Action<Utf8JsonWriter>? writeJson;
    private readonly Lazy<string?> json;

    internal SessionMessage(
        SessionDirection direction, V2gtpPayloadType payloadType, long? unixTimeNanoseconds, long streamOffset,
        MessageFamily? family, string? name, object? document, Func<string>? toXml, Action<Utf8JsonWriter>? writeJson, int trailingBytes,
        SessionError? error)
    {
        Direction = direction;
        PayloadType = payloadType;
        UnixTimeNanoseconds = unixTimeNanoseconds;
        StreamOffset = streamOffset;
        Family = family;
        Name = name;
        Document = document;
        TrailingBytes = trailingBytes;
        Error = error;
        xml = new Lazy<(string?, string?)>(() => WriteXml(toXml));
        this.writeJson = writeJson;
        json = new Lazy<string?>(WriteJsonText);
    }

    /// <summary>Which way the message went.</summary>
    public SessionDirection Direction { get; }

    /// <summary>The V2GTP payload type of its frame.</summary>
    public V2gtpPayloadType PayloadType { get; }

    /// <summary>When the frame was complete (the capture time of its last byte), in ns since 1970-01-01 UTC; null when unknown.</summary>
    public long? UnixTimeNanoseconds { get; }

    /// <summary>The time in seconds since 1970-01-01 UTC, as the capture JSON writes it; null when unknown.</summary>
    public double? EpochSeconds => UnixTimeNanoseconds / 1e9;

    /// <summary>The byte offset of the frame's header in its direction's stream (-1 when fed frame by frame).</summary>
    public long StreamOffset { get; }

    /// <summary>The family whose codec decoded (or was to decode) the payload; null when none could be chosen.</summary>
    public MessageFamily? Family { get; }

    /// <summary>
    /// The message name: the root element's local name, or for DIN and ISO-2 the body element's (e.g. <c>SessionSetupReq</c>);
    /// null when the payload did not decode.
    /// </summary>
    public string? Name { get; }

    /// <summary>
    /// The decoded document (an <c>AppProtocolDocument</c>, <c>DinDocument</c>, <c>Iso2Document</c>, <c>DcDocument</c>, ...,
    /// boxed); null when the payload did not decode.
    /// </summary>
    public object? Document { get; }

    /// <summary>
    /// The document's XML, written on first use; null when the payload did not decode or its content cannot be written as
    /// XML 1.0 (see <see cref="XmlError"/>).
    /// </summary>
    public string? Xml => xml.Value.Xml;

    /// <summary>
    /// Why a decoded document has no XML: EXI strings may hold characters XML 1.0 forbids (e.g. control characters from a
    /// corrupted or non-conforming sender); null otherwise.
    /// </summary>
    public string? XmlError => xml.Value.Error;

    /// <summary>
    /// The document's JSON form (<c>{"V2G_Message": {...}}</c>: keys are the schema's element names in schema order, see the
    /// README's JSON form), written on first use; null when the payload did not decode or a string holds text JSON cannot
    /// carry (a lone surrogate).
    /// </summary>
    public string? Json => json.Value;

    /// <summary>
    /// Writes the decoded document's JSON form, one object <c>{"RootElement": {...}}</c>, as the next value of a caller's
    /// writer (e.g. the <c>body</c> of a capture report's message).
    /// </summary>
    /// <param name="writer">Where the JSON is written.</param>
    /// <exception cref="InvalidOperationException">The payload did not decode (see <see cref="Error"/>).</exception>
    /// <exception cref="ExiJsonException">A string holds text JSON cannot carry (a lone surrogate).</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writeJson is null)
        {
            throw new InvalidOperationException("The message did not decode, so it has no JSON form: " + (Error?.ToString() ?? "no document"));
        }

        writeJson(writer);
    }

    /// <summary>
    /// Whether <see cref="Family"/> was inferred rather than negotiated: no handshake was seen, and of DIN 70121 and
    /// ISO 15118-2 exactly one codec decoded the whole payload.
    /// </summary>
    public bool FamilyInferred { get; init; }

    /// <summary>Payload bytes after the end of the EXI stream (some devices append a 0x00 byte); 0 normally.</summary>
    public int TrailingBytes { get; }

    /// <summary>Why the frame did not decode; null when it did.</summary>
    public SessionError? Error { get; }

    /// <summary>Whether the payload decoded.</summary>
    public bool IsDecoded => Error is null;

    private static (string?, string?) WriteXml(Func<string>? toXml)
    {
        try
        {
            return (toXml?.Invoke(), null);
        }
        catch (V2G.Exi.ExiException exception)
        {
            return (null, exception.Message);
        }
    }

    private string? WriteJsonText()
    {
        if (writeJson is null)
        {
            return null;
        }

        try
        {
            return ExiJsonValues.Write(writeJson, static (writer, write) => write(writer));
        }
        catch (ExiJsonException)
        {
            return null;
        }
    }

    /// <summary>The message as <c>EV->EVSE din SessionSetupReq</c> (or the error).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Direction.ToLabel()} {PayloadType.ToHex()} {Family?.ToId() ?? "-"} {Name ?? Error?.ToString()}";
}
