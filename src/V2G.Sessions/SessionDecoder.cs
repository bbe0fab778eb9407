using System;
using System.Globalization;
using System.Linq;
using V2G.Messages.AppProtocol;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>
/// Decodes the messages of one V2G session frame by frame, as an SECC or EVCC (or a capture reader) receives them: the
/// SupportedAppProtocol handshake first, then every message with the codec of the protocol the handshake selected.
/// </summary>
/// <remarks>
/// The SupportedAppProtocol handshake of ISO 15118-2 and DIN 70121: the EV offers protocols (namespace, version, SchemaID, priority) in
/// supportedAppProtocolReq, the EVSE names the chosen SchemaID in supportedAppProtocolRes. Under ISO 15118-20 the V2GTP
/// payload type tells the namespace of each message (ISO 15118-20 Table 12). Not thread-safe: one instance per session.
/// </remarks>
public sealed partial class SessionDecoder
{
    private SupportedAppProtocolReq? offer;

    /// <summary>Creates a decoder for one session.</summary>
    /// <param name="options">Framing and decoding options; <see langword="null"/> for <see cref="SessionDecoderOptions.Default"/>.</param>
    public SessionDecoder(SessionDecoderOptions? options = null)
    {
        Options = options ?? SessionDecoderOptions.Default;
    }

    /// <summary>The options in use.</summary>
    public SessionDecoderOptions Options { get; }

    /// <summary>What the handshake selected; null until a successful supportedAppProtocolRes was decoded.</summary>
    public NegotiatedProtocol? Protocol { get; private set; }

    /// <summary>Why the handshake did not select a protocol, once its response was seen; otherwise null.</summary>
    public SessionError? HandshakeError { get; private set; }

    /// <summary>Decodes one frame.</summary>
    /// <param name="direction">Which way the frame went.</param>
    /// <param name="frame">The frame.</param>
    /// <param name="unixTimeNanoseconds">When it was received, when known.</param>
    /// <returns>The message, with its error when its payload did not decode (the session goes on).</returns>
    public SessionMessage Decode(SessionDirection direction, V2gtpFrame frame, long? unixTimeNanoseconds = null) =>
        Decode(direction, frame, unixTimeNanoseconds, -1);

    /// <summary>Reads one complete V2GTP frame from a buffer and decodes it.</summary>
    /// <param name="direction">Which way the frame went.</param>
    /// <param name="frameBytes">Exactly one frame: header and payload.</param>
    /// <param name="message">The message (possibly with a decode error) when the framing was valid.</param>
    /// <param name="error">The framing error, when the bytes are no single valid frame.</param>
    /// <returns>Whether the bytes were one frame.</returns>
    public bool TryDecode(SessionDirection direction, ReadOnlyMemory<byte> frameBytes, out SessionMessage? message, out SessionError? error)
    {
        message = null;
        error = null;
        if (!V2gtpFrame.TryRead(frameBytes, Options.Framing, out V2gtpFrame frame, out int used, out V2gtpError? framing))
        {
            error = new SessionError(SessionErrorKind.Framing, framing.Message, framing.Offset, Framing: framing);
            return false;
        }

        if (used != frameBytes.Length)
        {
            error = new SessionError(SessionErrorKind.Garbage,
                string.Create(CultureInfo.InvariantCulture, $"{frameBytes.Length - used} bytes after the frame's {used}"), used);
            return false;
        }

        message = Decode(direction, frame, null, -1);
        return true;
    }

    internal SessionMessage Decode(SessionDirection direction, V2gtpFrame frame, long? time, long offset)
    {
        if (!TryChooseFamily(frame.PayloadType, out MessageFamily family, out SessionError? refusal, offset))
        {
            return new SessionMessage(direction, frame.PayloadType, time, offset, null, null, null, null, null, 0, refusal);
        }

        DecodeOutcome outcome = MessageCodecs.Decode(family, frame.Payload, Options.Exi);
        bool inferred = false;
        if (outcome.Error is not null && family == MessageFamily.AppProtocol && offer is null && HandshakeError is null
            && TryInferWithoutHandshake(frame.Payload, out MessageFamily guess, out DecodeOutcome guessed))
        {
            (family, outcome, inferred) = (guess, guessed, true);
        }

        SessionError? error = outcome.Error is { } exi ? DecodeError(family, exi, offset) : null;
        if (family == MessageFamily.AppProtocol && outcome.Document is AppProtocolDocument document)
        {
            Observe(document, offset);
        }

        return new SessionMessage(direction, frame.PayloadType, time, offset, family, outcome.Name, outcome.Document, outcome.ToXml,
            outcome.WriteJson, outcome.TrailingBytes, error) { FamilyInferred = inferred };
    }

    /// <summary>
    /// Without a handshake (a capture that starts mid-session), a 0x8001 payload is DIN 70121 or ISO 15118-2: taken as the
    /// family whose codec uses every byte, only when exactly one of the two does. A stream that decodes under a wrong
    /// schema almost always leaves bytes over or fails, so a unique whole decode is a safe identification.
    /// </summary>
    private bool TryInferWithoutHandshake(ReadOnlyMemory<byte> payload, out MessageFamily family, out DecodeOutcome outcome)
    {
        DecodeOutcome din = MessageCodecs.Decode(MessageFamily.Din, payload, Options.Exi);
        DecodeOutcome iso2 = MessageCodecs.Decode(MessageFamily.Iso2, payload, Options.Exi);
        bool dinWhole = din.Error is null && din.TrailingBytes == 0;
        bool iso2Whole = iso2.Error is null && iso2.TrailingBytes == 0;
        (family, outcome) = dinWhole ? (MessageFamily.Din, din) : (MessageFamily.Iso2, iso2);
        return dinWhole ^ iso2Whole;
    }

    private SessionError DecodeError(MessageFamily family, V2G.Exi.ExiError exi, long offset)
    {
        if (family == MessageFamily.AppProtocol && offer is null)
        {
            // Likely a capture that starts after the handshake: without it the family of a 0x8001 payload is unknown.
            return new SessionError(SessionErrorKind.NoHandshake,
                $"no supportedAppProtocol handshake seen, and the payload is no handshake message: {exi.Message}", offset, Exi: exi);
        }

        return new SessionError(SessionErrorKind.Decode, $"{family.ToId()}: {exi.Message}", offset, Exi: exi);
    }

    /// <summary>Picks the codec: the handshake's before a protocol is known, then the protocol's (ISO 15118-20: by payload type).</summary>
    private bool TryChooseFamily(V2gtpPayloadType type, out MessageFamily family, out SessionError? refusal, long offset)
    {
        family = MessageFamily.AppProtocol;
        refusal = null;
        if (Iso20Families.TryGet(type, out MessageFamily iso20))
        {
            // The payload type names the ISO 15118-20 namespace even when the handshake was not captured.
            family = iso20;
            return true;
        }

        if (type != V2gtpPayloadType.Exi)
        {
            refusal = new SessionError(SessionErrorKind.UnexpectedPayloadType,
                $"payload type {type} carries no EXI message", offset);
            return false;
        }

        switch (Protocol?.Standard)
        {
            case null:
                if (HandshakeError is { } failed)
                {
                    refusal = failed with { StreamOffset = offset };
                    return false;
                }

                return true; // Before the response, 0x8001 carries the handshake.
            case ProtocolStandard.Din:
                family = MessageFamily.Din;
                return true;
            case ProtocolStandard.Iso2:
                family = MessageFamily.Iso2;
                return true;
            default:
                return true; // Under ISO 15118-20, 0x8001 carries SupportedAppProtocol only.
        }
    }

    private void Observe(AppProtocolDocument document, long offset)
    {
        if (document.SupportedAppProtocolReq is { } request)
        {
            offer = request;
            return;
        }

        if (document.SupportedAppProtocolRes is not { } response || Protocol is not null)
        {
            return;
        }

        if (offer is null)
        {
            HandshakeError = new SessionError(SessionErrorKind.NoHandshake,
                "supportedAppProtocolRes without a supportedAppProtocolReq before it: the offered namespaces are unknown", offset);
            return;
        }

        if (response.ResponseCode == ResponseCodeType.Failed_NoNegotiation || response.SchemaID is not byte schemaId)
        {
            HandshakeError = new SessionError(SessionErrorKind.HandshakeFailed,
                $"supportedAppProtocolRes is {response.ResponseCode} without a SchemaID: no protocol was agreed", offset);
            return;
        }

        AppProtocolType? entry = offer.AppProtocol.FirstOrDefault(p => p.SchemaID == schemaId);
        if (entry is null)
        {
            string offered = string.Join(", ", offer.AppProtocol.Select(p => p.SchemaID.ToString(CultureInfo.InvariantCulture)));
            HandshakeError = new SessionError(SessionErrorKind.HandshakeFailed,
                $"supportedAppProtocolRes selects SchemaID {schemaId}, which the request did not offer (offered: {offered})", offset);
            return;
        }

        if (!NegotiatedProtocol.TryGetStandard(entry.ProtocolNamespace, out ProtocolStandard standard))
        {
            HandshakeError = new SessionError(SessionErrorKind.UnsupportedProtocol,
                $"SchemaID {schemaId} stands for {entry.ProtocolNamespace}, which is none of DIN 70121, ISO 15118-2:2013, ISO 15118-20",
                offset);
            return;
        }

        Protocol = new NegotiatedProtocol(standard, entry.ProtocolNamespace, schemaId, entry.VersionNumberMajor, entry.VersionNumberMinor);
        HandshakeError = null;
    }
}
