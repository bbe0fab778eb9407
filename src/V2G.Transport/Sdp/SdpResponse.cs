using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using V2G.Transport.V2gtp;

namespace V2G.Transport.Sdp;

/// <summary>
/// An SECC Discovery Protocol response (ISO 15118-2 7.10.1.2.3, DIN 70121 9.2): where the SECC's TCP server listens and
/// the security and transport protocol it chose.
/// </summary>
public readonly record struct SdpResponse
{
    /// <summary>The payload length of a (wired) SDP response: address (16), port (2), security (1), transport (1).</summary>
    public const int PayloadLength = 20;

    private const int PortOffset = 16;
    private const int SecurityOffset = 18;
    private const int TransportOffset = 19;

    /// <summary>Creates a response.</summary>
    /// <param name="address">The SECC's IPv6 address.</param>
    /// <param name="port">The SECC's TCP port.</param>
    /// <param name="security">The security the SECC chose.</param>
    /// <param name="transportProtocol">The transport protocol the SECC chose.</param>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not an IPv6 address.</exception>
    public SdpResponse(IPAddress address, ushort port, SdpSecurity security, SdpTransportProtocol transportProtocol)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw new ArgumentException($"SDP carries an IPv6 address; {address} is not one.", nameof(address));
        }

        Address = address;
        Port = port;
        Security = security;
        TransportProtocol = transportProtocol;
    }

    /// <summary>The SECC's IPv6 address (usually link-local).</summary>
    public IPAddress Address { get; }

    /// <summary>The SECC's TCP port (ISO 15118-2 asks for one of the dynamic ports 49152..65535).</summary>
    public ushort Port { get; }

    /// <summary>The security the SECC chose.</summary>
    public SdpSecurity Security { get; }

    /// <summary>The transport protocol the SECC chose.</summary>
    public SdpTransportProtocol TransportProtocol { get; }

    /// <summary>Parses the V2GTP payload of an SDP response; it must be exactly <see cref="PayloadLength"/> bytes.</summary>
    /// <param name="payload">The payload, without the V2GTP header.</param>
    /// <param name="response">The response, or <see langword="default"/> on failure.</param>
    /// <param name="error">What is wrong, with its offset in the payload.</param>
    /// <returns>Whether the payload is a valid response.</returns>
    public static bool TryParse(ReadOnlySpan<byte> payload, out SdpResponse response, [NotNullWhen(false)] out SdpError? error)
    {
        if (payload.Length != PayloadLength)
        {
            response = default;
            error = SdpFields.WrongLength("SDP response", PayloadLength, payload.Length);
            return false;
        }

        return TryParseFields(payload, out response, out error);
    }

    /// <summary>Writes the 20-byte payload into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="bytesWritten"><see cref="PayloadLength"/> on success, 0 otherwise.</param>
    /// <returns>Whether the destination had room.</returns>
    /// <exception cref="InvalidOperationException">The response is <see langword="default"/> (it has no address).</exception>
    public bool TryWrite(Span<byte> destination, out int bytesWritten)
    {
        if (Address is null)
        {
            throw new InvalidOperationException("A default SdpResponse has no address to write.");
        }

        bytesWritten = 0;
        if (destination.Length < PayloadLength || !Address.TryWriteBytes(destination, out _))
        {
            return false;
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination[PortOffset..], Port);
        destination[SecurityOffset] = (byte)Security;
        destination[TransportOffset] = (byte)TransportProtocol;
        bytesWritten = PayloadLength;
        return true;
    }

    /// <summary>The payload as a new 20-byte array.</summary>
    /// <returns>Address, port, security and transport protocol.</returns>
    public byte[] ToPayload()
    {
        var payload = new byte[PayloadLength];
        TryWrite(payload, out _);
        return payload;
    }

    /// <summary>The UDP datagram: the payload framed with a V2GTP header of type 0x9001.</summary>
    /// <returns>The 28-byte datagram.</returns>
    public byte[] ToDatagram() => V2gtpWriter.WriteFrame(V2gtpPayloadType.SdpResponse, ToPayload());

    /// <summary>The response as <c>[address]:port, security, transport</c>.</summary>
    public override string ToString() => $"[{Address}]:{Port}, {Security}, {TransportProtocol}";

    /// <summary>Reads the four fields from the start of <paramref name="payload"/> (at least 20 bytes).</summary>
    internal static bool TryParseFields(ReadOnlySpan<byte> payload, out SdpResponse response, [NotNullWhen(false)] out SdpError? error)
    {
        response = default;
        if (!SdpFields.TryReadSecurity(payload[SecurityOffset], SecurityOffset, out var security, out error)
            || !SdpFields.TryReadTransport(payload[TransportOffset], TransportOffset, out var transport, out error))
        {
            return false;
        }

        var address = new IPAddress(payload[..16]);
        var port = BinaryPrimitives.ReadUInt16BigEndian(payload[PortOffset..]);
        response = new SdpResponse(address, port, security, transport);
        return true;
    }
}
