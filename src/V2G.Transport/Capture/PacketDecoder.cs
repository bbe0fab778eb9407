using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace V2G.Transport.Capture;

/// <summary>
/// Decodes the link (Ethernet with 802.1Q tags, Linux SLL/SLL2, raw IP), IP (v4, v6 with extension headers) and TCP/UDP
/// headers of a captured packet. Checksums are not verified: captures taken on the sending host often carry offloaded,
/// not yet computed, checksums.
/// </summary>
public static class PacketDecoder
{
    private const ushort EtherTypeIpv4 = 0x0800;
    private const ushort EtherTypeIpv6 = 0x86DD;

    /// <summary>Whether the decoder reads packets of a link type.</summary>
    /// <param name="linkType">The link type.</param>
    /// <returns>True for Ethernet, raw IP, Linux SLL and SLL2.</returns>
    public static bool Supports(LinkType linkType) =>
        linkType is LinkType.Ethernet or LinkType.RawIp or LinkType.LinuxSll or LinkType.LinuxSll2;

    /// <summary>Decodes a packet read from a capture file; error offsets are file offsets.</summary>
    /// <param name="packet">The packet.</param>
    /// <param name="decoded">The layers, when the packet's headers are well formed.</param>
    /// <param name="error">What is wrong and at which file offset, otherwise.</param>
    /// <returns>True when decoded (a non-IP packet decodes to a result without IP layer).</returns>
    public static bool TryDecode(CapturedPacket packet, [NotNullWhen(true)] out DecodedPacket? decoded, [NotNullWhen(false)] out CaptureError? error)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return TryDecode(packet.LinkType, packet.Data, packet.DataOffset, out decoded, out error);
    }

    /// <summary>Decodes a packet given as bytes.</summary>
    /// <param name="linkType">The link-layer header type of <paramref name="data"/>.</param>
    /// <param name="data">The packet, starting with its link-layer header.</param>
    /// <param name="baseOffset">Added to every error offset (the file offset of <paramref name="data"/>; 0 for packet offsets).</param>
    /// <param name="decoded">The layers, when the packet's headers are well formed.</param>
    /// <param name="error">What is wrong and where, otherwise.</param>
    /// <returns>True when decoded.</returns>
    public static bool TryDecode(LinkType linkType, ReadOnlyMemory<byte> data, long baseOffset,
        [NotNullWhen(true)] out DecodedPacket? decoded, [NotNullWhen(false)] out CaptureError? error)
    {
        var reader = new Reader(data, baseOffset);
        decoded = null;
        if (!reader.TryLink(linkType, out ushort etherType, out List<ushort> vlans, out int ipStart, out error))
        {
            return false;
        }

        var result = new DecodedPacket(etherType, vlans, null, null, 0, null, null, null);
        switch (etherType)
        {
            case EtherTypeIpv4:
                return reader.TryIpv4(ipStart, result, out decoded, out error);
            case EtherTypeIpv6:
                return reader.TryIpv6(ipStart, result, out decoded, out error);
            default:
                decoded = result;
                return true;
        }
    }

    private readonly ref struct Reader(ReadOnlyMemory<byte> data, long baseOffset)
    {
        private readonly ReadOnlySpan<byte> span = data.Span;

        public bool TryLink(LinkType linkType, out ushort etherType, out List<ushort> vlans, out int next,
            [NotNullWhen(false)] out CaptureError? error)
        {
            vlans = [];
            etherType = 0;
            next = 0;
            switch (linkType)
            {
                case LinkType.Ethernet:
                    // Destination and source MAC, then EtherType; 0x8100/0x88A8/0x9100 introduce a 4-byte VLAN tag (IEEE 802.1Q).
                    if (!Need(0, 14, "Ethernet header", out error))
                    {
                        return false;
                    }

                    next = 12;
                    etherType = BinaryPrimitives.ReadUInt16BigEndian(span[next..]);
                    while (etherType is 0x8100 or 0x88A8 or 0x9100)
                    {
                        if (!Need(next, 6, "802.1Q VLAN tag", out error))
                        {
                            return false;
                        }

                        vlans.Add((ushort)(BinaryPrimitives.ReadUInt16BigEndian(span[(next + 2)..]) & 0x0FFF));
                        next += 4;
                        etherType = BinaryPrimitives.ReadUInt16BigEndian(span[next..]);
                    }

                    next += 2;
                    return true;
                case LinkType.LinuxSll:
                    // Packet type, ARPHRD type, address length, 8 address bytes, protocol (tcpdump.org linktypes/LINKTYPE_LINUX_SLL).
                    if (!Need(0, 16, "Linux SLL header", out error))
                    {
                        return false;
                    }

                    etherType = BinaryPrimitives.ReadUInt16BigEndian(span[14..]);
                    next = 16;
                    return true;
                case LinkType.LinuxSll2:
                    // Protocol, reserved, interface index, ARPHRD type, packet type, address length, 8 address bytes (LINKTYPE_LINUX_SLL2).
                    if (!Need(0, 20, "Linux SLL2 header", out error))
                    {
                        return false;
                    }

                    etherType = BinaryPrimitives.ReadUInt16BigEndian(span);
                    next = 20;
                    return true;
                case LinkType.RawIp:
                    if (!Need(0, 1, "raw IP header", out error))
                    {
                        return false;
                    }

                    etherType = (span[0] >> 4) == 6 ? EtherTypeIpv6 : EtherTypeIpv4;
                    return true;
                default:
                    error = Error(CaptureErrorKind.UnsupportedLinkType, 0, "link type",
                        $"{(int)linkType}, the decoder reads Ethernet (1), raw IP (101), Linux SLL (113) and SLL2 (276)");
                    return false;
            }
        }

        public bool TryIpv4(int start, DecodedPacket link, [NotNullWhen(true)] out DecodedPacket? decoded,
            [NotNullWhen(false)] out CaptureError? error)
        {
            decoded = null;
            if (!Need(start, 20, "IPv4 header", out error))
            {
                return false;
            }

            ReadOnlySpan<byte> ip = span[start..];
            int version = ip[0] >> 4;
            int headerLength = (ip[0] & 0x0F) * 4;
            if (version != 4 || headerLength < 20)
            {
                error = Error(CaptureErrorKind.BadHeaderField, start, "IPv4 version/IHL",
                    $"version {version}, IHL {headerLength / 4}; expected 4 and at least 5");
                return false;
            }

            int totalLength = BinaryPrimitives.ReadUInt16BigEndian(ip[2..]);
            if (totalLength < headerLength)
            {
                error = Error(CaptureErrorKind.BadHeaderField, start + 2, "IPv4 total length",
                    $"{totalLength}, less than the header length {headerLength}");
                return false;
            }

            if (!Need(start, headerLength, "IPv4 header with options", out error))
            {
                return false;
            }

            // The total length cuts Ethernet padding; a capture cut by its snapshot length keeps what it has.
            int end = start + Math.Min(totalLength, ip.Length);
            ushort flagsAndOffset = BinaryPrimitives.ReadUInt16BigEndian(ip[6..]);
            bool more = (flagsAndOffset & 0x2000) != 0;
            int fragmentOffset = (flagsAndOffset & 0x1FFF) * 8;
            IpFragment? fragment = more || fragmentOffset != 0
                ? new IpFragment(BinaryPrimitives.ReadUInt16BigEndian(ip[4..]), fragmentOffset, more)
                : null;
            var withIp = link with
            {
                Source = new IPAddress(ip.Slice(12, 4)),
                Destination = new IPAddress(ip.Slice(16, 4)),
                Protocol = ip[9],
                Fragment = fragment,
            };
            return TryTransport(withIp, start + headerLength, end, out decoded, out error);
        }

        public bool TryIpv6(int start, DecodedPacket link, [NotNullWhen(true)] out DecodedPacket? decoded,
            [NotNullWhen(false)] out CaptureError? error)
        {
            decoded = null;
            if (!Need(start, 40, "IPv6 header", out error))
            {
                return false;
            }

            ReadOnlySpan<byte> ip = span[start..];
            if (ip[0] >> 4 != 6)
            {
                error = Error(CaptureErrorKind.BadHeaderField, start, "IPv6 version", $"{ip[0] >> 4}, expected 6");
                return false;
            }

            int payloadLength = BinaryPrimitives.ReadUInt16BigEndian(ip[4..]);
            int end = start + 40 + Math.Min(payloadLength, ip.Length - 40);
            byte next = ip[6];
            int position = start + 40;
            IpFragment? fragment = null;
            // Extension headers (RFC 8200 section 4): hop-by-hop 0, routing 43, destination 60 are skipped by their length;
            // fragment 44 is reported; AH 51 counts its length in 4-byte units (RFC 4302).
            while (next is 0 or 43 or 60 or 44 or 51)
            {
                if (!Need(position, 8, "IPv6 extension header", out error) || position + 8 > end)
                {
                    error ??= Error(CaptureErrorKind.TruncatedHeader, position, "IPv6 extension header",
                        $"runs past the payload length {payloadLength}");
                    return false;
                }

                int length = next switch
                {
                    44 => 8,
                    51 => (span[position + 1] + 2) * 4,
                    _ => (span[position + 1] + 1) * 8,
                };
                if (next == 44)
                {
                    ushort offsetAndFlag = BinaryPrimitives.ReadUInt16BigEndian(span[(position + 2)..]);
                    uint identification = BinaryPrimitives.ReadUInt32BigEndian(span[(position + 4)..]);
                    fragment = new IpFragment(identification, offsetAndFlag & 0xFFF8, (offsetAndFlag & 1) != 0);
                }

                if (position + length > end)
                {
                    error = Error(CaptureErrorKind.TruncatedHeader, position, "IPv6 extension header", $"length {length} runs past the packet");
                    return false;
                }

                next = span[position];
                position += length;
            }

            var withIp = link with
            {
                Source = new IPAddress(ip.Slice(8, 16)),
                Destination = new IPAddress(ip.Slice(24, 16)),
                Protocol = next,
                Fragment = fragment,
            };
            return TryTransport(withIp, position, end, out decoded, out error);
        }

        private bool TryTransport(DecodedPacket ip, int start, int end, [NotNullWhen(true)] out DecodedPacket? decoded,
            [NotNullWhen(false)] out CaptureError? error)
        {
            decoded = ip;
            error = null;
            if (ip.Fragment is not null)
            {
                return true; // Not reassembled: only the first fragment would have a transport header, and it lacks the rest.
            }

            int available = end - start;
            if (ip.Protocol == 6)
            {
                if (available < 20)
                {
                    error = Error(CaptureErrorKind.TruncatedHeader, start, "TCP header", $"{available} bytes, the fixed part has 20");
                    return false;
                }

                ReadOnlySpan<byte> tcp = span.Slice(start, available);
                int headerLength = (tcp[12] >> 4) * 4;
                if (headerLength < 20 || headerLength > available)
                {
                    error = Error(CaptureErrorKind.BadHeaderField, start + 12, "TCP data offset",
                        $"{headerLength / 4}, expected 5 to {available / 4}");
                    return false;
                }

                decoded = ip with
                {
                    Tcp = new TcpSegment(
                        BinaryPrimitives.ReadUInt16BigEndian(tcp),
                        BinaryPrimitives.ReadUInt16BigEndian(tcp[2..]),
                        BinaryPrimitives.ReadUInt32BigEndian(tcp[4..]),
                        BinaryPrimitives.ReadUInt32BigEndian(tcp[8..]),
                        (TcpFlags)tcp[13],
                        BinaryPrimitives.ReadUInt16BigEndian(tcp[14..]),
                        headerLength - 20,
                        data.Slice(start + headerLength, available - headerLength)),
                };
            }
            else if (ip.Protocol == 17)
            {
                if (available < 8)
                {
                    error = Error(CaptureErrorKind.TruncatedHeader, start, "UDP header", $"{available} bytes, the header has 8");
                    return false;
                }

                int length = BinaryPrimitives.ReadUInt16BigEndian(span[(start + 4)..]);
                if (length < 8)
                {
                    error = Error(CaptureErrorKind.BadHeaderField, start + 4, "UDP length", $"{length}, less than the header's 8");
                    return false;
                }

                decoded = ip with
                {
                    Udp = new UdpDatagram(
                        BinaryPrimitives.ReadUInt16BigEndian(span[start..]),
                        BinaryPrimitives.ReadUInt16BigEndian(span[(start + 2)..]),
                        data.Slice(start + 8, Math.Min(length, available) - 8)),
                };
            }

            return true;
        }

        private bool Need(int start, int length, string field, [NotNullWhen(false)] out CaptureError? error)
        {
            if (span.Length - start >= length)
            {
                error = null;
                return true;
            }

            error = Error(CaptureErrorKind.TruncatedHeader, start, field, $"{Math.Max(0, span.Length - start)} bytes, expected at least {length}");
            return false;
        }

        private CaptureError Error(CaptureErrorKind kind, int position, string field, FormattableString detail) =>
            new(kind, baseOffset + position, field, detail.ToString(CultureInfo.InvariantCulture));
    }
}
