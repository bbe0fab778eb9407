namespace V2G.Transport.Capture;

/// <summary>How <see cref="PacketBuilder"/> frames a packet: the link header and optional extras that exercise decoders.</summary>
public sealed record PacketLayout
{
    /// <summary>Ethernet framing without VLAN tag.</summary>
    public static PacketLayout Ethernet { get; } = new();

    /// <summary>The link-layer header written: Ethernet, raw IP, Linux SLL or SLL2.</summary>
    public LinkType LinkType { get; init; } = LinkType.Ethernet;

    /// <summary>An 802.1Q VLAN identifier to tag Ethernet frames with, or null for none.</summary>
    public ushort? VlanId { get; init; }

    /// <summary>Whether an IPv6 packet carries an (empty) hop-by-hop options extension header before TCP or UDP.</summary>
    public bool Ipv6HopByHop { get; init; }
}
