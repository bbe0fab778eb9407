using System.Collections.Generic;
using System.Linq;
using System.Net;
using V2G.Transport.Capture;
using V2G.Transport.Sdp;

namespace V2G.Cli.Capture;

/// <summary>One SDP datagram of a capture: the EV's request for the charger's address, or the charger's answer.</summary>
/// <param name="EpochSeconds">The capture time, in seconds since 1970-01-01 UTC.</param>
/// <param name="Source">The sender.</param>
/// <param name="Destination">The receiver.</param>
/// <param name="Message">The parsed request or response; null when the datagram is not valid SDP (see <paramref name="Error"/>).</param>
/// <param name="Error">Why an SDP-port datagram did not parse; null otherwise.</param>
internal sealed record SdpEntry(double EpochSeconds, IPEndPoint Source, IPEndPoint Destination, SdpMessage? Message, SdpError? Error)
{
    /// <summary>The UDP port of SDP (ISO 15118-2 section 7.10.1.2).</summary>
    public const int SdpPort = 15118;

    /// <summary><c>request</c> or <c>response</c>; for a datagram that did not parse, told by the port it was sent to.</summary>
    public string Kind => Message is { Request: not null } || (Message is null && Destination.Port == SdpPort) ? "request" : "response";

    /// <summary>Requests go from the EV, responses from the EVSE.</summary>
    public string Direction => Kind == "request" ? "EV->EVSE" : "EVSE->EV";

    /// <summary>The requested or offered security, as <c>tls</c> or <c>none</c>; null when unknown.</summary>
    public string? Security => (Message?.Request?.Security ?? Message?.Response?.Security) switch
    {
        SdpSecurity.Tls => "tls",
        SdpSecurity.NoTransportSecurity => "none",
        _ => null,
    };

    /// <summary>The transport protocol, as <c>tcp</c> or <c>udp</c>; null when unknown.</summary>
    public string? Transport => (Message?.Request?.TransportProtocol ?? Message?.Response?.TransportProtocol) switch
    {
        SdpTransportProtocol.Tcp => "tcp",
        SdpTransportProtocol.Udp => "udp",
        _ => null,
    };

    /// <summary>The datagrams of a capture that are SDP: every one that parses, and those to or from the SDP port that do not.</summary>
    /// <param name="datagrams">The capture's UDP datagrams.</param>
    /// <returns>The entries, in capture order.</returns>
    public static IReadOnlyList<SdpEntry> From(IEnumerable<CapturedDatagram> datagrams) =>
        datagrams.Select(Parse).OfType<SdpEntry>().ToList();

    private static SdpEntry? Parse(CapturedDatagram datagram)
    {
        if (SdpDatagram.TryParse(datagram.Payload, out SdpMessage? message, out SdpError? error))
        {
            return new SdpEntry(datagram.EpochSeconds, datagram.Source, datagram.Destination, message, null);
        }

        bool onSdpPort = datagram.Destination.Port == SdpPort || datagram.Source.Port == SdpPort;
        return onSdpPort ? new SdpEntry(datagram.EpochSeconds, datagram.Source, datagram.Destination, null, error) : null;
    }
}
