using System;
using System.Buffers.Binary;
using System.Net;
using V2G.Transport.Capture;
using Xunit;

namespace V2G.Transport.Tests.Capture;

public sealed class PacketDecoderTests
{
    private static readonly byte[] Payload = [0x01, 0xFE, 0x80, 0x01, 0, 0, 0, 2, 0x80, 0x00];

    [Theory]
    [InlineData(LinkType.Ethernet, false)]
    [InlineData(LinkType.Ethernet, true)]
    [InlineData(LinkType.LinuxSll, false)]
    [InlineData(LinkType.LinuxSll2, true)]
    [InlineData(LinkType.RawIp, false)]
    [InlineData(LinkType.RawIp, true)]
    public void Decodes_tcp_over_every_link_type_and_ip_version(LinkType linkType, bool ipv6)
    {
        IPEndPoint source = ipv6 ? Endpoints.Ev6 : Endpoints.Ev4;
        IPEndPoint destination = ipv6 ? Endpoints.Evse6 : Endpoints.Evse4;
        byte[] packet = PacketBuilder.Tcp(source, destination, 0xFFFF_FFF0, 77, TcpFlags.Ack | TcpFlags.Psh, Payload,
            new PacketLayout { LinkType = linkType });

        Assert.True(PacketDecoder.TryDecode(linkType, packet, 0, out DecodedPacket? decoded, out CaptureError? error), error?.ToString());

        Assert.Equal(source.Address, decoded.Source);
        Assert.Equal(destination.Address, decoded.Destination);
        Assert.Equal(6, decoded.Protocol);
        TcpSegment tcp = Assert.IsType<TcpSegment>(decoded.Tcp);
        Assert.Equal((ushort)source.Port, tcp.SourcePort);
        Assert.Equal((ushort)destination.Port, tcp.DestinationPort);
        Assert.Equal(0xFFFF_FFF0u, tcp.SequenceNumber);
        Assert.Equal(77u, tcp.AcknowledgmentNumber);
        Assert.Equal(TcpFlags.Ack | TcpFlags.Psh, tcp.Flags);
        Assert.Equal(0, tcp.OptionsLength);
        Assert.Equal(Payload, tcp.Payload.ToArray());
    }

    [Fact]
    public void Reads_through_vlan_tags_and_ipv6_hop_by_hop_options()
    {
        byte[] packet = PacketBuilder.Udp(Endpoints.Ev6, new IPEndPoint(IPAddress.Parse("ff02::1"), 15118), Payload,
            new PacketLayout { VlanId = 42, Ipv6HopByHop = true });

        Assert.True(PacketDecoder.TryDecode(LinkType.Ethernet, packet, 0, out DecodedPacket? decoded, out _));

        Assert.Equal([42], decoded.VlanIds);
        Assert.Equal(0x86DD, decoded.EtherType);
        Assert.Equal(17, decoded.Protocol);
        UdpDatagram udp = Assert.IsType<UdpDatagram>(decoded.Udp);
        Assert.Equal(15118, udp.DestinationPort);
        Assert.Equal(Payload, udp.Payload.ToArray());
    }

    [Fact]
    public void Ethernet_padding_after_the_ip_total_length_is_not_payload()
    {
        byte[] packet = [.. PacketBuilder.Tcp(Endpoints.Ev4, Endpoints.Evse4, 1, 1, TcpFlags.Ack, [7]), 0, 0, 0, 0, 0];

        Assert.True(PacketDecoder.TryDecode(LinkType.Ethernet, packet, 0, out DecodedPacket? decoded, out _));

        Assert.Equal([7], decoded.Tcp!.Payload.ToArray());
    }

    [Fact]
    public void The_builder_writes_checksums_that_verify()
    {
        byte[] packet = PacketBuilder.Tcp(Endpoints.Ev4, Endpoints.Evse4, 1, 1, TcpFlags.Ack, Payload);
        Span<byte> ip = packet.AsSpan(14);

        Assert.Equal(0, Checksum(ip[..20]));
        byte[] pseudo = [.. ip.Slice(12, 8), 0, 6, 0, (byte)(ip.Length - 20)];
        Assert.Equal(0, Checksum([.. pseudo, .. ip[20..]]));
    }

    [Fact]
    public void A_non_ip_packet_decodes_without_ip_layer()
    {
        byte[] arp = new byte[42];
        BinaryPrimitives.WriteUInt16BigEndian(arp.AsSpan(12), 0x0806);

        Assert.True(PacketDecoder.TryDecode(LinkType.Ethernet, arp, 0, out DecodedPacket? decoded, out _));

        Assert.False(decoded.IsIp);
        Assert.Equal(0x0806, decoded.EtherType);
    }

    [Fact]
    public void An_ipv4_fragment_is_reported_and_not_decoded_further()
    {
        byte[] packet = PacketBuilder.Udp(Endpoints.Ev4, Endpoints.Evse4, Payload);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(14 + 4), 0x1234);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(14 + 6), 0x2000 | 3); // More fragments, offset 3 * 8.

        Assert.True(PacketDecoder.TryDecode(LinkType.Ethernet, packet, 0, out DecodedPacket? decoded, out _));

        Assert.Equal(new IpFragment(0x1234, 24, true), decoded.Fragment);
        Assert.Null(decoded.Udp);
    }

    [Fact]
    public void An_ipv6_fragment_header_is_reported()
    {
        byte[] inner = PacketBuilder.Udp(Endpoints.Ev6, Endpoints.Evse6, Payload, new PacketLayout { Ipv6HopByHop = true });
        // Turn the hop-by-hop header into a fragment header: next header UDP, offset 0, more fragments, identification 9.
        inner[14 + 6] = 44;
        Span<byte> fragment = inner.AsSpan(14 + 40, 8);
        fragment.Clear();
        fragment[0] = 17;
        fragment[3] = 1;
        fragment[7] = 9;

        Assert.True(PacketDecoder.TryDecode(LinkType.Ethernet, inner, 0, out DecodedPacket? decoded, out _));

        Assert.Equal(new IpFragment(9, 0, true), decoded.Fragment);
        Assert.Equal(17, decoded.Protocol);
    }

    [Fact]
    public void A_short_tcp_header_is_reported_at_its_offset_plus_the_base()
    {
        byte[] packet = PacketBuilder.Tcp(Endpoints.Ev4, Endpoints.Evse4, 1, 1, TcpFlags.Ack, []);
        byte[] cut = packet[..(14 + 20 + 10)];
        BinaryPrimitives.WriteUInt16BigEndian(cut.AsSpan(14 + 2), 30);

        Assert.False(PacketDecoder.TryDecode(LinkType.Ethernet, cut, 1000, out _, out CaptureError? error));

        Assert.Equal(CaptureErrorKind.TruncatedHeader, error.Kind);
        Assert.Equal(1000 + 14 + 20, error.Offset);
    }

    [Fact]
    public void A_bad_ipv4_header_length_is_reported_at_the_ip_header()
    {
        byte[] packet = PacketBuilder.Tcp(Endpoints.Ev4, Endpoints.Evse4, 1, 1, TcpFlags.Ack, []);
        packet[14] = 0x43;

        Assert.False(PacketDecoder.TryDecode(LinkType.Ethernet, packet, 0, out _, out CaptureError? error));

        Assert.Equal(CaptureErrorKind.BadHeaderField, error.Kind);
        Assert.Equal(14, error.Offset);
    }

    [Fact]
    public void A_tcp_data_offset_past_the_segment_is_reported_at_its_field()
    {
        byte[] packet = PacketBuilder.Tcp(Endpoints.Ev6, Endpoints.Evse6, 1, 1, TcpFlags.Ack, [1, 2]);
        packet[14 + 40 + 12] = 0xF0;

        Assert.False(PacketDecoder.TryDecode(LinkType.Ethernet, packet, 0, out _, out CaptureError? error));

        Assert.Equal(CaptureErrorKind.BadHeaderField, error.Kind);
        Assert.Equal(14 + 40 + 12, error.Offset);
    }

    [Fact]
    public void A_frame_shorter_than_its_link_header_is_truncated_at_zero()
    {
        Assert.False(PacketDecoder.TryDecode(LinkType.LinuxSll2, new byte[19], 40, out _, out CaptureError? error));

        Assert.Equal(CaptureErrorKind.TruncatedHeader, error.Kind);
        Assert.Equal(40, error.Offset);
    }

    [Fact]
    public void An_unknown_link_type_is_a_typed_error()
    {
        Assert.False(PacketDecoder.TryDecode((LinkType)147, new byte[20], 0, out _, out CaptureError? error));

        Assert.Equal(CaptureErrorKind.UnsupportedLinkType, error.Kind);
    }

    [Fact]
    public void Every_cut_of_a_packet_gives_a_result_without_exception()
    {
        byte[] packet = PacketBuilder.Tcp(Endpoints.Ev6, Endpoints.Evse6, 1, 1, TcpFlags.Ack, Payload,
            new PacketLayout { VlanId = 7, Ipv6HopByHop = true });

        for (int length = 0; length < 14 + 4 + 40 + 8 + 20; length++)
        {
            Assert.False(PacketDecoder.TryDecode(LinkType.Ethernet, packet[..length], 0, out _, out CaptureError? error), $"cut at {length}");
            Assert.Equal(CaptureErrorKind.TruncatedHeader, error.Kind);
        }
    }

    private static int Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        for (int i = 0; i + 1 < bytes.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(bytes[i..]);
        }

        if (bytes.Length % 2 == 1)
        {
            sum += (uint)bytes[^1] << 8;
        }

        while (sum > 0xFFFF)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }
}
