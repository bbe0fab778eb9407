using System;
using V2G.Transport.V2gtp;

namespace V2G.Transport.Sdp;

/// <summary>An SDP message read from a UDP datagram: a request or a response, wired or wireless.</summary>
/// <remarks>
/// ISO 15118-20 adds wireless SDP (payload types 0x9002/0x9003, e.g. for ACDP). Public implementations agree that its
/// payload begins like the wired one (request: security, transport; response: address, port, security, transport), but
/// the layout of the fields after that could not be confirmed from public sources, so they are kept here unparsed.
/// </remarks>
public sealed class SdpMessage
{
    private SdpMessage(V2gtpPayloadType payloadType, SdpRequest? request, SdpResponse? response, ReadOnlyMemory<byte> wirelessFields)
    {
        PayloadType = payloadType;
        Request = request;
        Response = response;
        UnparsedWirelessFields = wirelessFields;
    }

    /// <summary>The V2GTP payload type: 0x9000, 0x9001, 0x9002 or 0x9003.</summary>
    public V2gtpPayloadType PayloadType { get; }

    /// <summary>Whether this is an ISO 15118-20 wireless SDP message (0x9002 or 0x9003).</summary>
    public bool IsWireless => PayloadType == V2gtpPayloadType.SdpRequestWireless || PayloadType == V2gtpPayloadType.SdpResponseWireless;

    /// <summary>The request, when this is one (for wireless: its leading fields).</summary>
    public SdpRequest? Request { get; }

    /// <summary>The response, when this is one (for wireless: its leading fields).</summary>
    public SdpResponse? Response { get; }

    /// <summary>A wireless message's bytes after the fields shared with the wired form (unconfirmed layout); empty otherwise.</summary>
    public ReadOnlyMemory<byte> UnparsedWirelessFields { get; }

    internal static SdpMessage Of(V2gtpPayloadType type, SdpRequest request, ReadOnlyMemory<byte> rest) => new(type, request, null, rest);

    internal static SdpMessage Of(V2gtpPayloadType type, SdpResponse response, ReadOnlyMemory<byte> rest) => new(type, null, response, rest);

    /// <summary>The payload type and the request or response.</summary>
    public override string ToString() => $"{PayloadType}: {(Request is { } request ? request.ToString() : Response.ToString())}";
}
