using System;
using System.Diagnostics.CodeAnalysis;
using V2G.Transport.V2gtp;

namespace V2G.Transport.Sdp;

/// <summary>Reads SDP messages from whole UDP datagrams: one V2GTP frame of an SDP payload type and nothing after it.</summary>
public static class SdpDatagram
{
    /// <summary>Parses a datagram into an SDP request or response.</summary>
    /// <param name="datagram">The UDP payload: V2GTP header and SDP payload.</param>
    /// <param name="message">The message, or <see langword="null"/> on failure.</param>
    /// <param name="error">What is wrong, with its offset in the datagram.</param>
    /// <returns>Whether the datagram holds a valid SDP message.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> datagram, [NotNullWhen(true)] out SdpMessage? message, [NotNullWhen(false)] out SdpError? error)
    {
        message = null;
        if (!V2gtpFrame.TryRead(datagram, V2gtpReaderOptions.Default, out var frame, out var consumed, out var framing))
        {
            error = new SdpError(SdpErrorKind.Framing, framing.Offset, framing.Message, framing);
            return false;
        }

        if (!frame.PayloadType.IsSdp)
        {
            error = new SdpError(SdpErrorKind.NotSdpPayloadType, 2, $"payload type {frame.PayloadType} is not an SDP type (0x9000..0x9003)");
            return false;
        }

        if (consumed != datagram.Length)
        {
            error = new SdpError(SdpErrorKind.TrailingBytes, consumed,
                $"{datagram.Length - consumed} bytes follow the {consumed}-byte V2GTP frame in the datagram");
            return false;
        }

        if (!TryParsePayload(frame.PayloadType, frame.Payload, out message, out error))
        {
            error = error with { Offset = error.Offset + V2gtpHeader.Size };
            return false;
        }

        return true;
    }

    /// <summary>Parses an SDP payload of the given payload type (the V2GTP header already read).</summary>
    /// <param name="payloadType">The frame's payload type; must be an SDP type.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="message">The message, or <see langword="null"/> on failure.</param>
    /// <param name="error">What is wrong, with its offset in the payload.</param>
    /// <returns>Whether the payload is a valid SDP message of that type.</returns>
    public static bool TryParsePayload(
        V2gtpPayloadType payloadType,
        ReadOnlyMemory<byte> payload,
        [NotNullWhen(true)] out SdpMessage? message,
        [NotNullWhen(false)] out SdpError? error)
    {
        message = null;
        switch (payloadType.Value)
        {
            case 0x9000:
                return TryParseRequest(payloadType, payload, out message, out error);
            case 0x9001:
                return TryParseResponse(payloadType, payload, out message, out error);
            case 0x9002:
                return TryParseWirelessRequest(payloadType, payload, out message, out error);
            case 0x9003:
                return TryParseWirelessResponse(payloadType, payload, out message, out error);
            default:
                error = new SdpError(SdpErrorKind.NotSdpPayloadType, 0, $"payload type {payloadType} is not an SDP type (0x9000..0x9003)");
                return false;
        }
    }

    private static bool TryParseRequest(
        V2gtpPayloadType type, ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out SdpMessage? message, [NotNullWhen(false)] out SdpError? error)
    {
        var ok = SdpRequest.TryParse(payload.Span, out var request, out error);
        message = ok ? SdpMessage.Of(type, request, ReadOnlyMemory<byte>.Empty) : null;
        return ok;
    }

    private static bool TryParseResponse(
        V2gtpPayloadType type, ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out SdpMessage? message, [NotNullWhen(false)] out SdpError? error)
    {
        var ok = SdpResponse.TryParse(payload.Span, out var response, out error);
        message = ok ? SdpMessage.Of(type, response, ReadOnlyMemory<byte>.Empty) : null;
        return ok;
    }

    private static bool TryParseWirelessRequest(
        V2gtpPayloadType type, ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out SdpMessage? message, [NotNullWhen(false)] out SdpError? error)
    {
        message = null;
        if (payload.Length < SdpRequest.PayloadLength)
        {
            error = new SdpError(SdpErrorKind.WrongPayloadLength, payload.Length,
                $"wireless SDP request payload is {payload.Length} bytes, expected at least {SdpRequest.PayloadLength}");
            return false;
        }

        if (!SdpRequest.TryParseFields(payload.Span, out var request, out error))
        {
            return false;
        }

        message = SdpMessage.Of(type, request, payload[SdpRequest.PayloadLength..].ToArray());
        return true;
    }

    private static bool TryParseWirelessResponse(
        V2gtpPayloadType type, ReadOnlyMemory<byte> payload, [NotNullWhen(true)] out SdpMessage? message, [NotNullWhen(false)] out SdpError? error)
    {
        message = null;
        if (payload.Length < SdpResponse.PayloadLength)
        {
            error = new SdpError(SdpErrorKind.WrongPayloadLength, payload.Length,
                $"wireless SDP response payload is {payload.Length} bytes, expected at least {SdpResponse.PayloadLength}");
            return false;
        }

        if (!SdpResponse.TryParseFields(payload.Span, out var response, out error))
        {
            return false;
        }

        message = SdpMessage.Of(type, response, payload[SdpResponse.PayloadLength..].ToArray());
        return true;
    }
}
