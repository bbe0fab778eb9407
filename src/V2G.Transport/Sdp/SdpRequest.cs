using System;
using System.Diagnostics.CodeAnalysis;
using V2G.Transport.V2gtp;

namespace V2G.Transport.Sdp;

/// <summary>
/// An SECC Discovery Protocol request (ISO 15118-2 7.10.1.2.2, DIN 70121 9.2): the EVCC's wish for transport security and
/// transport protocol, sent by UDP to the link-local multicast address, port 15118.
/// </summary>
/// <param name="Security">Whether the EVCC asks for TLS.</param>
/// <param name="TransportProtocol">The transport protocol the EVCC asks for.</param>
public readonly record struct SdpRequest(SdpSecurity Security, SdpTransportProtocol TransportProtocol)
{
    /// <summary>The payload length of a (wired) SDP request: security byte and transport protocol byte.</summary>
    public const int PayloadLength = 2;

    /// <summary>Parses the V2GTP payload of an SDP request; it must be exactly <see cref="PayloadLength"/> bytes.</summary>
    /// <param name="payload">The payload, without the V2GTP header.</param>
    /// <param name="request">The request, or <see langword="default"/> on failure.</param>
    /// <param name="error">What is wrong, with its offset in the payload.</param>
    /// <returns>Whether the payload is a valid request.</returns>
    public static bool TryParse(ReadOnlySpan<byte> payload, out SdpRequest request, [NotNullWhen(false)] out SdpError? error)
    {
        if (payload.Length != PayloadLength)
        {
            request = default;
            error = SdpFields.WrongLength("SDP request", PayloadLength, payload.Length);
            return false;
        }

        return TryParseFields(payload, out request, out error);
    }

    /// <summary>Writes the 2-byte payload into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="bytesWritten"><see cref="PayloadLength"/> on success, 0 otherwise.</param>
    /// <returns>Whether the destination had room.</returns>
    public bool TryWrite(Span<byte> destination, out int bytesWritten)
    {
        if (destination.Length < PayloadLength)
        {
            bytesWritten = 0;
            return false;
        }

        destination[0] = (byte)Security;
        destination[1] = (byte)TransportProtocol;
        bytesWritten = PayloadLength;
        return true;
    }

    /// <summary>The payload as a new 2-byte array.</summary>
    /// <returns>Security byte and transport protocol byte.</returns>
    public byte[] ToPayload()
    {
        var payload = new byte[PayloadLength];
        TryWrite(payload, out _);
        return payload;
    }

    /// <summary>The UDP datagram: the payload framed with a V2GTP header of type 0x9000.</summary>
    /// <returns>The 10-byte datagram.</returns>
    public byte[] ToDatagram() => V2gtpWriter.WriteFrame(V2gtpPayloadType.SdpRequest, ToPayload());

    /// <summary>Reads the two fields from the start of <paramref name="payload"/> (at least 2 bytes).</summary>
    internal static bool TryParseFields(ReadOnlySpan<byte> payload, out SdpRequest request, [NotNullWhen(false)] out SdpError? error)
    {
        request = default;
        if (!SdpFields.TryReadSecurity(payload[0], 0, out var security, out error)
            || !SdpFields.TryReadTransport(payload[1], 1, out var transport, out error))
        {
            return false;
        }

        request = new SdpRequest(security, transport);
        return true;
    }
}
