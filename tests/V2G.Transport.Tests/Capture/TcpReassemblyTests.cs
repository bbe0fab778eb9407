using System;
using System.Linq;
using System.Net;
using V2G.Transport.Capture;
using Xunit;

namespace V2G.Transport.Tests.Capture;

public sealed class TcpReassemblyTests
{
    private static readonly byte[] Request = Endpoints.Frame(60, 0x10);
    private static readonly byte[] Response = Endpoints.Frame(40, 0x80);

    [Theory]
    [InlineData(CaptureFormat.Pcap, false)]
    [InlineData(CaptureFormat.Pcap, true)]
    [InlineData(CaptureFormat.PcapNg, false)]
    [InlineData(CaptureFormat.PcapNg, true)]
    public void A_message_split_over_three_segments_reassembles_in_both_directions(CaptureFormat format, bool ipv6)
    {
        var writer = new CaptureWriter(format);
        var session = new SessionBuilder(writer, ipv6 ? Endpoints.Ev6 : Endpoints.Ev4, ipv6 ? Endpoints.Evse6 : Endpoints.Evse4).Handshake();
        session.Send(true, Request.AsSpan(0, 10)).Send(true, Request.AsSpan(10, 25)).Send(true, Request.AsSpan(35));
        session.Send(false, Response);

        TcpConnection connection = Assert.Single(Analyze(writer).Connections);

        Assert.Equal(ipv6 ? Endpoints.Ev6 : Endpoints.Ev4, connection.Client);
        Assert.Equal(ipv6 ? Endpoints.Evse6 : Endpoints.Evse4, connection.Server);
        Assert.True(connection.HandshakeSeen);
        Assert.Equal(Request, connection.ClientToServer.Data.ToArray());
        Assert.Equal(Response, connection.ServerToClient.Data.ToArray());
        Assert.Empty(connection.ClientToServer.Gaps);
        Assert.Equal([0L, 10, 35], connection.ClientToServer.Chunks.Select(c => c.Offset));
    }

    [Fact]
    public void Each_byte_range_carries_the_time_of_the_segment_that_delivered_it()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg, options: new CaptureWriterOptions { Nanoseconds = true });
        var session = new SessionBuilder(writer, Endpoints.Ev6, Endpoints.Evse6).Handshake();
        long first = session.Time;
        session.Send(true, Request.AsSpan(0, 30));
        long second = session.Time;
        session.Send(true, Request.AsSpan(30));

        TcpStream stream = Assert.Single(Analyze(writer).Connections).ClientToServer;

        Assert.Equal(first, stream.ChunkAt(0)!.UnixTimeNanoseconds);
        Assert.Equal(first, stream.ChunkAt(29)!.UnixTimeNanoseconds);
        Assert.Equal(second, stream.ChunkAt(30)!.UnixTimeNanoseconds);
        Assert.Equal(4, stream.ChunkAt(30)!.PacketIndex);
        Assert.Null(stream.ChunkAt(Request.Length));
    }

    [Fact]
    public void A_retransmitted_segment_is_not_added_twice()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var session = new SessionBuilder(writer, Endpoints.Ev6, Endpoints.Evse6).Handshake();
        uint start = session.ClientNext;
        session.Send(true, Request.AsSpan(0, 20));
        session.Raw(true, start, session.ServerNext, TcpFlags.Ack, Request.AsSpan(0, 20));
        session.Send(true, Request.AsSpan(20));

        TcpStream stream = Assert.Single(Analyze(writer).Connections).ClientToServer;

        Assert.Equal(Request, stream.Data.ToArray());
        Assert.Equal(20, stream.RetransmittedBytes);
        Assert.Equal(0, stream.ConflictingBytes);
    }

    [Fact]
    public void Out_of_order_segments_are_put_in_sequence_order()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var session = new SessionBuilder(writer, Endpoints.Ev4, Endpoints.Evse4).Handshake();
        uint start = session.ClientNext;
        session.Raw(true, start + 40, session.ServerNext, TcpFlags.Ack, Request.AsSpan(40));
        session.Raw(true, start, session.ServerNext, TcpFlags.Ack, Request.AsSpan(0, 40));

        TcpStream stream = Assert.Single(Analyze(writer).Connections).ClientToServer;

        Assert.Equal(Request, stream.Data.ToArray());
        Assert.Empty(stream.Gaps);
        Assert.Equal([4, 3], stream.Chunks.Select(c => c.PacketIndex));
    }

    [Fact]
    public void Overlapping_segments_keep_the_first_bytes_received()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var session = new SessionBuilder(writer, Endpoints.Ev4, Endpoints.Evse4).Handshake();
        uint start = session.ClientNext;
        session.Raw(true, start, session.ServerNext, TcpFlags.Ack, "AAAAAAAAAA"u8);
        session.Raw(true, start + 5, session.ServerNext, TcpFlags.Ack, "BBBBBBBBBB"u8); // 5 overlap, 5 new.
        session.Raw(true, start + 2, session.ServerNext, TcpFlags.Ack, "AAC"u8); // 2 same, 1 different.

        TcpStream stream = Assert.Single(Analyze(writer).Connections).ClientToServer;

        Assert.Equal("AAAAAAAAAABBBBB"u8.ToArray(), stream.Data.ToArray());
        Assert.Equal(6, stream.ConflictingBytes);
        Assert.Equal(2, stream.RetransmittedBytes);
    }

    [Fact]
    public void A_stream_crossing_the_sequence_wrap_stays_in_order()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var session = new SessionBuilder(writer, Endpoints.Ev6, Endpoints.Evse6, clientIsn: uint.MaxValue - 20).Handshake();
        session.Send(true, Request.AsSpan(0, 15)).Send(true, Request.AsSpan(15, 15)).Send(true, Request.AsSpan(30));

        TcpStream stream = Assert.Single(Analyze(writer).Connections).ClientToServer;

        Assert.Equal(Request, stream.Data.ToArray());
        Assert.Empty(stream.Gaps);
    }

    [Fact]
    public void Without_syn_the_stream_starts_at_its_first_segment_and_the_first_sender_is_the_client()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var session = new SessionBuilder(writer, Endpoints.Ev6, Endpoints.Evse6, clientIsn: 123_456);
        session.Send(true, Request).Send(false, Response);

        TcpConnection connection = Assert.Single(Analyze(writer).Connections);

        Assert.Equal(Endpoints.Ev6, connection.Client);
        Assert.False(connection.HandshakeSeen);
        Assert.Equal(Request, connection.ClientToServer.Data.ToArray());
        Assert.Equal(Response, connection.ServerToClient.Data.ToArray());
    }

    [Fact]
    public void The_side_that_sent_the_syn_is_the_client_even_when_the_server_is_seen_first()
    {
        var reassembler = new TcpReassembler();
        TcpSegment data = Segment(5001, TcpFlags.Ack, Response);
        reassembler.Add(Endpoints.Evse6, Endpoints.Ev6, data with { SourcePort = 15118, DestinationPort = 50123 }, 1);
        reassembler.Add(Endpoints.Ev6, Endpoints.Evse6, Segment(999, TcpFlags.Syn, []), 2);

        TcpConnection connection = Assert.Single(reassembler.Build());

        Assert.Equal(Endpoints.Ev6, connection.Client);
        Assert.Equal(Endpoints.Evse6, connection.Server);
    }

    [Fact]
    public void A_missing_segment_is_a_gap_not_glued_silently()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var session = new SessionBuilder(writer, Endpoints.Ev4, Endpoints.Evse4).Handshake();
        session.Send(true, Request.AsSpan(0, 20)).Advance(true, 15).Send(true, Request.AsSpan(35));

        TcpStream stream = Assert.Single(Analyze(writer).Connections).ClientToServer;

        Assert.Equal([.. Request.AsSpan(0, 20), .. Request.AsSpan(35)], stream.Data.ToArray());
        TcpGap gap = Assert.Single(stream.Gaps);
        Assert.Equal(new TcpGap(20, 20, 15), gap);
        Assert.True(stream.HasGapWithin(0, 30));
        Assert.False(stream.HasGapWithin(20, 10));
    }

    [Fact]
    public void Data_missing_before_a_fin_is_a_gap_and_fin_and_rst_are_recorded()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var session = new SessionBuilder(writer, Endpoints.Ev4, Endpoints.Evse4).Handshake();
        session.Send(true, Request.AsSpan(0, 10));
        session.Raw(true, session.ClientNext + 5, session.ServerNext, TcpFlags.Fin | TcpFlags.Ack, []);
        session.Raw(false, session.ServerNext, 0, TcpFlags.Rst, []);

        TcpConnection connection = Assert.Single(Analyze(writer).Connections);

        Assert.True(connection.ClientToServer.FinSeen);
        Assert.Equal(new TcpGap(10, 10, 5), Assert.Single(connection.ClientToServer.Gaps));
        Assert.True(connection.ServerToClient.ResetSeen);
    }

    [Fact]
    public void Connections_are_kept_apart_by_their_endpoints_and_a_reused_port_after_fin_is_a_new_connection()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        var first = new SessionBuilder(writer, Endpoints.Ev6, Endpoints.Evse6).Handshake().Send(true, Request);
        var other = new SessionBuilder(writer, new IPEndPoint(Endpoints.Ev6.Address, 50200), Endpoints.Evse6).Handshake().Send(true, Response);
        first.Raw(true, first.ClientNext, first.ServerNext, TcpFlags.Fin | TcpFlags.Ack, []);
        new SessionBuilder(writer, Endpoints.Ev6, Endpoints.Evse6, clientIsn: 90_000).Handshake().Send(true, Response);

        CaptureTraffic traffic = Analyze(writer);

        Assert.Equal(3, traffic.Connections.Count);
        Assert.Equal(Request, traffic.Connections[0].ClientToServer.Data.ToArray());
        Assert.Equal(50200, traffic.Connections[1].Client.Port);
        Assert.Equal(Response, traffic.Connections[2].ClientToServer.Data.ToArray());
        Assert.Equal(Endpoints.Ev6, traffic.Connections[2].Client);
    }

    [Fact]
    public void Udp_datagrams_are_listed_with_endpoints_and_time()
    {
        var writer = new CaptureWriter(CaptureFormat.PcapNg, LinkType.LinuxSll);
        var multicast = new IPEndPoint(IPAddress.Parse("ff02::1"), 15118);
        writer.WritePacket(1_700_000_000_500_000_000, PacketBuilder.Udp(Endpoints.Ev6, multicast, [0x01, 0xFE, 0x90, 0x00, 0, 0, 0, 2, 0x10, 0x00],
            new PacketLayout { LinkType = LinkType.LinuxSll }));

        CapturedDatagram datagram = Assert.Single(Analyze(writer).Datagrams);

        Assert.Equal(Endpoints.Ev6, datagram.Source);
        Assert.Equal(multicast, datagram.Destination);
        Assert.Equal(1_700_000_000.5, datagram.EpochSeconds);
        Assert.Equal(10, datagram.Payload.Length);
    }

    [Fact]
    public void Packets_that_do_not_decode_are_problems_with_file_offsets_and_the_rest_goes_on()
    {
        var writer = new CaptureWriter(CaptureFormat.Pcap);
        byte[] broken = PacketBuilder.Tcp(Endpoints.Ev4, Endpoints.Evse4, 1, 1, TcpFlags.Ack, []);
        broken[14] = 0x41;
        writer.WritePacket(0, broken);
        new SessionBuilder(writer, Endpoints.Ev4, Endpoints.Evse4).Handshake().Send(true, Request);

        CaptureTraffic traffic = Analyze(writer);

        CaptureError error = Assert.Single(traffic.Problems);
        Assert.Equal(CaptureErrorKind.BadHeaderField, error.Kind);
        Assert.Equal(24 + 16 + 14, error.Offset);
        Assert.Equal(Request, Assert.Single(traffic.Connections).ClientToServer.Data.ToArray());
    }

    private static TcpSegment Segment(uint sequence, TcpFlags flags, byte[] payload) =>
        new(50123, 15118, sequence, 0, flags, 65535, 0, payload);

    private static CaptureTraffic Analyze(CaptureWriter writer) => CaptureAnalyzer.Analyze(writer.ToArray());
}
