using System;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>One V2GTP frame of a session, decoded with the codec the handshake selected, or the error that stopped it.</summary>
public sealed class SessionMessage
{
    private readonly Lazy<(string? Xml, string? Error)> xml;

    internal SessionMessage(
        SessionDirection direction, V2gtpPayloadType payloadType, long? unixTimeNanoseconds, long streamOffset,
        MessageFamily? family, string? name, object? document, Func<string>? toXml, int trailingBytes, SessionError? error)
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

    /// <summary>The message as <c>EV->EVSE din SessionSetupReq</c> (or the error).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Direction.ToLabel()} {PayloadType.ToHex()} {Family?.ToId() ?? "-"} {Name ?? Error?.ToString()}";
}
