using System;

namespace V2G.Transport.Capture;

/// <summary>
/// The link-layer header type of captured packets (the LINKTYPE_ values of the tcpdump.org registry). Values not named here
/// are carried through as their number.
/// </summary>
public enum LinkType
{
    /// <summary>LINKTYPE_ETHERNET: IEEE 802.3 Ethernet, optionally with 802.1Q VLAN tags.</summary>
    Ethernet = 1,

    /// <summary>LINKTYPE_RAW: a raw IPv4 or IPv6 packet, no link header.</summary>
    RawIp = 101,

    /// <summary>LINKTYPE_LINUX_SLL: the 16-byte Linux "cooked" header of captures on the "any" device.</summary>
    LinuxSll = 113,

    /// <summary>LINKTYPE_LINUX_SLL2: the 20-byte Linux "cooked" header, version 2.</summary>
    LinuxSll2 = 276,
}
