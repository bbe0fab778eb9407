using System;
using System.Collections.Generic;
using System.Net;

namespace V2G.Transport.Capture;

/// <summary>The layers of one decoded packet: link, IP and TCP or UDP. Layers the packet does not have are null.</summary>
/// <param name="EtherType">The EtherType the link layer names (0x0800 IPv4, 0x86DD IPv6, ...); for raw IP, the IP version's.</param>
/// <param name="VlanIds">The 802.1Q VLAN identifiers, outermost first; empty when untagged.</param>
/// <param name="Source">The IP source address, or null for a non-IP packet.</param>
/// <param name="Destination">The IP destination address, or null for a non-IP packet.</param>
/// <param name="Protocol">The IP protocol (IPv6: the last next-header value) e.g. 6 TCP, 17 UDP; 0 for a non-IP packet.</param>
/// <param name="Fragment">The fragment fields when the packet is an IP fragment (its transport layer is then not decoded).</param>
/// <param name="Tcp">The TCP segment, or null.</param>
/// <param name="Udp">The UDP datagram, or null.</param>
public sealed record DecodedPacket(
    ushort EtherType,
    IReadOnlyList<ushort> VlanIds,
    IPAddress? Source,
    IPAddress? Destination,
    byte Protocol,
    IpFragment? Fragment,
    TcpSegment? Tcp,
    UdpDatagram? Udp)
{
    /// <summary>Whether the packet carries IPv4 or IPv6.</summary>
    public bool IsIp => Source is not null;
}
