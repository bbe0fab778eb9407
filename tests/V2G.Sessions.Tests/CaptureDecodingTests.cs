using System.Collections.Generic;
using System.Linq;
using System.Net;
using V2G.Transport.Capture;
using Xunit;

namespace V2G.Sessions.Tests;

/// <summary>Sessions written as pcap/pcapng, reassembled by CaptureAnalyzer, decode to the exact message sequence.</summary>
public sealed class CaptureDecodingTests
{
    private static readonly IPEndPoint Ev6 = new(IPAddress.Parse("fe80::2"), 50123);
    private static readonly IPEndPoint Evse6 = new(IPAddress.Parse("fe80::1"), 15118);
    private static readonly IPEndPoint Ev4 = new(IPAddress.Parse("192.168.1.20"), 50124);
    private static readonly IPEndPoint Evse4 = new(IPAddress.Parse("192.168.1.1"), 61000);

    public static IEnumerable<object[]> Cases() =>
        from family in new[] { "din", "iso2", "iso20" }
        from format in new[] { CaptureFormat.Pcap, CaptureFormat.PcapNg }
        from ipv6 in new[] { true, false }
        select new object[] { family, format, ipv6 };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_capture_with_split_retransmitted_and_reordered_segments_decodes_to_the_exact_sequence(
        string family, CaptureFormat format, bool ipv6)
    {
        var script = ScriptedSession.For(family);
        var capture = new CaptureBuilder(format, ipv6 ? Ev6 : Ev4, ipv6 ? Evse6 : Evse4);
        for (int i = 0; i < script.Count; i++)
        {
            bool fromEv = script[i].Direction == SessionDirection.EvToEvse;
            switch (i)
            {
                case 2:
                    capture.SendInThree(fromEv, script[i].Frame);
                    break;
                case 3:
                    capture.SendTwice(fromEv, script[i].Frame);
                    break;
                case 4:
                    capture.SendOutOfOrder(fromEv, script[i].Frame);
                    break;
                default:
                    capture.Send(fromEv, script[i].Frame);
                    break;
            }
        }

        CaptureTraffic traffic = CaptureAnalyzer.Analyze(capture.ToArray());
        TcpConnection connection = Assert.Single(traffic.Connections);
        DecodedSession session = SessionDecoder.DecodeConnection(connection);

        Assert.Equal(ScriptedSession.Expected(script), session.Messages.Select(ScriptedSession.Describe));
        Assert.True(session.EvIsClient);
        Assert.Empty(session.Problems);
        var times = session.Messages.Select(m => m.UnixTimeNanoseconds!.Value).ToList();
        Assert.Equal(times.OrderBy(t => t), times);
        Assert.True(times[0] > CaptureBuilder.StartNanoseconds);
        Assert.True(times[^1] < capture.Time);
    }

    [Fact]
    public void A_frame_split_over_three_segments_takes_the_time_of_its_last_segment()
    {
        var script = ScriptedSession.For("din");
        var capture = new CaptureBuilder(CaptureFormat.Pcap, Ev6, Evse6);
        long before = capture.Time;
        capture.SendInThree(true, script[0].Frame);

        DecodedSession session = SessionDecoder.DecodeConnection(Assert.Single(CaptureAnalyzer.Analyze(capture.ToArray()).Connections));

        SessionMessage message = Assert.Single(session.Messages);
        Assert.Equal(before + 2_000_000, message.UnixTimeNanoseconds);
        Assert.Equal("supportedAppProtocolReq", message.Name);
    }

    [Fact]
    public void A_tls_connection_in_a_capture_is_reported_as_tls()
    {
        var capture = new CaptureBuilder(CaptureFormat.PcapNg, Ev4, Evse4);
        capture.Send(true, [0x16, 0x03, 0x01, 0x00, 0x04, 0x01, 0x00, 0x00, 0x00]);
        capture.Send(false, [0x16, 0x03, 0x03, 0x00, 0x04, 0x02, 0x00, 0x00, 0x00]);

        DecodedSession session = SessionDecoder.DecodeConnection(Assert.Single(CaptureAnalyzer.Analyze(capture.ToArray()).Connections));

        Assert.True(session.Tls);
        Assert.Empty(session.Messages);
    }

    [Fact]
    public void DecodeCapture_lists_every_connection_with_its_ev_and_evse()
    {
        var script = ScriptedSession.For("iso20");
        var capture = new CaptureBuilder(CaptureFormat.PcapNg, Ev6, Evse6);
        foreach (ScriptedMessage message in script)
        {
            capture.Send(message.Direction == SessionDirection.EvToEvse, message.Frame);
        }

        CapturedSession captured = Assert.Single(SessionDecoder.DecodeCapture(CaptureAnalyzer.Analyze(capture.ToArray())));

        Assert.Equal(Ev6, captured.Ev);
        Assert.Equal(Evse6, captured.Evse);
        Assert.Equal(CaptureBuilder.StartNanoseconds, captured.FirstUnixTimeNanoseconds);
        Assert.Equal(ScriptedSession.Expected(script), captured.Session.Messages.Select(ScriptedSession.Describe));
    }

    [Fact]
    public void An_ev_that_is_the_tcp_server_is_found_by_its_handshake_request()
    {
        var script = ScriptedSession.For("iso2");
        var capture = new CaptureBuilder(CaptureFormat.Pcap, Evse4, Ev4); // the EVSE opens the connection here
        foreach (ScriptedMessage message in script)
        {
            capture.Send(message.Direction == SessionDirection.EvseToEv, message.Frame);
        }

        TcpConnection connection = Assert.Single(CaptureAnalyzer.Analyze(capture.ToArray()).Connections);
        DecodedSession session = SessionDecoder.DecodeStreams(connection.ClientToServer, connection.ServerToClient);

        Assert.Equal(Evse4, connection.Client);
        Assert.False(session.EvIsClient);
        Assert.Equal(ScriptedSession.Expected(script), session.Messages.Select(ScriptedSession.Describe));
    }
}
