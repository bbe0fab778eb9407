using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace V2G.Transport.Capture;

/// <summary>
/// Builds link + IPv4/IPv6 + TCP/UDP packets with correct lengths and checksums (IPv4 header, TCP and UDP over the RFC 793 /
/// RFC 8200 section 8.1 pseudo-header), for writing test captures with <see cref="CaptureWriter"/>.
/// </summary>
public static class PacketBuilder
{
    private const byte ProtocolTcp = 6;
    private const byte ProtocolUdp = 17;

    /// <summary>Builds a TCP segment without options.</summary>
    /// <param name="source">The sender's address and port.</param>
    /// <param name="destination">The receiver's address and port (same address family as <paramref name="source"/>).</param>
    /// <param name="sequence">The sequence number.</param>
    /// <param name="acknowledgment">The acknowledgment number.</param>
    /// <param name="flags">The control bits.</param>
    /// <param name="payload">The data.</param>
    /// <param name="layout">The link framing; Ethernet when null.</param>
    /// <returns>The packet, starting with its link header.</returns>
    /// <exception cref="ArgumentException">The address families differ, or the packet would exceed 65535 IP bytes.</exception>
    public static byte[] Tcp(IPEndPoint source, IPEndPoint destination, uint sequence, uint acknowledgment, TcpFlags flags,
        ReadOnlySpan<byte> payload, PacketLayout? layout = null)
    {
        byte[] segment = new byte[20 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(segment, (ushort)source.Port);
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)destination.Port);
        BinaryPrimitives.WriteUInt32BigEndian(segment.AsSpan(4), sequence);
        BinaryPrimitives.WriteUInt32BigEndian(segment.AsSpan(8), acknowledgment);
        segment[12] = 5 << 4;
        segment[13] = (byte)flags;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(14), 65535);
        payload.CopyTo(segment.AsSpan(20));
        return Frame(source.Address, destination.Address, ProtocolTcp, segment, 16, layout ?? PacketLayout.Ethernet);
    }

    /// <summary>Builds a UDP datagram.</summary>
    /// <param name="source">The sender's address and port.</param>
    /// <param name="destination">The receiver's address and port (same address family as <paramref name="source"/>).</param>
    /// <param name="payload">The data.</param>
    /// <param name="layout">The link framing; Ethernet when null.</param>
    /// <returns>The packet, starting with its link header.</returns>
    /// <exception cref="ArgumentException">The address families differ, or the packet would exceed 65535 IP bytes.</exception>
    public static byte[] Udp(IPEndPoint source, IPEndPoint destination, ReadOnlySpan<byte> payload, PacketLayout? layout = null)
    {
        byte[] datagram = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(datagram, (ushort)source.Port);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.AsSpan(2), (ushort)destination.Port);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.AsSpan(4), (ushort)datagram.Length);
        payload.CopyTo(datagram.AsSpan(8));
        return Frame(source.Address, destination.Address, ProtocolUdp, datagram, 6, layout ?? PacketLayout.Ethernet);
    }

    private static byte[] Frame(IPAddress source, IPAddress destination, byte protocol, byte[] transport, int checksumAt, PacketLayout layout)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        if (source.AddressFamily != destination.AddressFamily)
        {
            throw new ArgumentException("Source and destination must both be IPv4 or both IPv6.", nameof(destination));
        }

        if (transport.Length > 65535 - 48)
        {
            throw new ArgumentException("The payload does not fit one IP packet.", nameof(transport));
        }

        byte[] sourceBytes = source.GetAddressBytes();
        byte[] destinationBytes = destination.GetAddressBytes();
        uint pseudo = InternetChecksum.Add(InternetChecksum.Add(0, sourceBytes), destinationBytes) + protocol + (uint)transport.Length;
        ushort checksum = InternetChecksum.Finish(InternetChecksum.Add(pseudo, transport));
        // UDP sends a computed zero as all ones (RFC 768); TCP keeps it.
        BinaryPrimitives.WriteUInt16BigEndian(transport.AsSpan(checksumAt), protocol == ProtocolUdp && checksum == 0 ? (ushort)0xFFFF : checksum);
        byte[] ip = source.AddressFamily == AddressFamily.InterNetwork
            ? Ipv4(sourceBytes, destinationBytes, protocol, transport)
            : Ipv6(sourceBytes, destinationBytes, protocol, transport, layout.Ipv6HopByHop);
        return Link(layout, source.AddressFamily == AddressFamily.InterNetwork ? (ushort)0x0800 : (ushort)0x86DD, ip);
    }

    private static byte[] Ipv4(byte[] source, byte[] destination, byte protocol, byte[] transport)
    {
        byte[] packet = new byte[20 + transport.Length];
        packet[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)packet.Length);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(6), 0x4000); // Don't Fragment.
        packet[8] = 64;
        packet[9] = protocol;
        source.CopyTo(packet, 12);
        destination.CopyTo(packet, 16);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(10), InternetChecksum.Finish(InternetChecksum.Add(0, packet.AsSpan(0, 20))));
        transport.CopyTo(packet, 20);
        return packet;
    }

    private static byte[] Ipv6(byte[] source, byte[] destination, byte protocol, byte[] transport, bool hopByHop)
    {
        int extension = hopByHop ? 8 : 0;
        byte[] packet = new byte[40 + extension + transport.Length];
        packet[0] = 0x60;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(4), (ushort)(extension + transport.Length));
        packet[6] = hopByHop ? (byte)0 : protocol;
        packet[7] = 64;
        source.CopyTo(packet, 8);
        destination.CopyTo(packet, 24);
        if (hopByHop)
        {
            // Next header, length 0 (8 bytes), then a PadN option of 4 bytes filling the header (RFC 8200 section 4.2).
            packet[40] = protocol;
            packet[42] = 1;
            packet[43] = 4;
        }

        transport.CopyTo(packet, 40 + extension);
        return packet;
    }

    private static byte[] Link(PacketLayout layout, ushort etherType, byte[] ip)
    {
        byte[] header;
        switch (layout.LinkType)
        {
            case LinkType.RawIp:
                return ip;
            case LinkType.LinuxSll:
                header = new byte[16];
                BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), 1); // ARPHRD_ETHER.
                BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), 6);
                header[11] = 1;
                BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(14), etherType);
                break;
            case LinkType.LinuxSll2:
                header = new byte[20];
                BinaryPrimitives.WriteUInt16BigEndian(header, etherType);
                BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 1); // Interface index.
                BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), 1); // ARPHRD_ETHER.
                header[11] = 6;
                header[17] = 1;
                break;
            case LinkType.Ethernet:
                int tag = layout.VlanId is null ? 0 : 4;
                header = new byte[14 + tag];
                header[5] = 2; // Locally administered MACs 02:00:00:00:00:02 and :01.
                header[0] = 2;
                header[6] = 2;
                header[11] = 1;
                if (layout.VlanId is ushort vlan)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(12), 0x8100);
                    BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(14), (ushort)(vlan & 0x0FFF));
                }

                BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(12 + tag), etherType);
                break;
            default:
                throw new ArgumentException(
                    $"The builder writes Ethernet, raw IP, Linux SLL and SLL2, not link type {(int)layout.LinkType}.", nameof(layout));
        }

        byte[] frame = new byte[header.Length + ip.Length];
        header.CopyTo(frame, 0);
        ip.CopyTo(frame, header.Length);
        return frame;
    }
}
