using System;
using System.Linq;
using V2G.Transport.Capture;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Sessions.Tests;

/// <summary>Bad input never loops, never allocates from a wire length, and never hides the frames around it.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_garbage_around_the_frames_ends_and_leaves_every_frame_decoded(int seed)
    {
        var random = new Random(seed);
        var script = ScriptedSession.For("din");
        byte[] Noise() => Enumerable.Range(0, random.Next(1, 40)).Select(_ => (byte)random.Next(2, 256)).ToArray();
        byte[] ev = script.Where(m => m.Direction == SessionDirection.EvToEvse).SelectMany(m => Noise().Concat(m.Frame)).ToArray();

        DecodedSession session = SessionDecoder.DecodeStreams(ev, ScriptedSession.Stream(script, SessionDirection.EvseToEv));

        Assert.Equal(ScriptedSession.Expected(script), session.Messages.Select(ScriptedSession.Describe));
        Assert.Equal(script.Count(m => m.Direction == SessionDirection.EvToEvse), session.Problems.Count);
        Assert.All(session.Problems, p => Assert.Equal(SessionErrorKind.Garbage, p.Error.Kind));
    }

    [Fact]
    public void A_length_over_the_maximum_is_a_framing_error_not_an_allocation()
    {
        var script = ScriptedSession.For("din");
        byte[] huge = [0x01, 0xFE, 0x80, 0x01, 0xFF, 0xFF, 0xFF, 0xF0];
        byte[] ev = huge.Concat(ScriptedSession.Stream(script, SessionDirection.EvToEvse)).ToArray();
        var options = new SessionDecoderOptions { Framing = new V2gtpReaderOptions { MaxPayloadLength = 4096 } };

        DecodedSession session = SessionDecoder.DecodeStreams(ev, ScriptedSession.Stream(script, SessionDirection.EvseToEv), options);

        StreamProblem problem = Assert.Single(session.Problems);
        Assert.Equal(SessionErrorKind.Framing, problem.Error.Kind);
        Assert.Equal(V2gtpErrorKind.PayloadTooLarge, problem.Error.Framing?.Kind);
        Assert.Equal(4, problem.Error.Framing!.Offset);
        Assert.Equal(huge.Length, problem.Length);
        Assert.Equal(script.Count, session.Messages.Count);
    }

    [Fact]
    public void A_capture_gap_is_reported_and_framing_resumes_at_the_next_verified_frame()
    {
        var script = ScriptedSession.For("din");
        var capture = new CaptureBuilder(CaptureFormat.Pcap, new(System.Net.IPAddress.Parse("fe80::2"), 50000),
            new(System.Net.IPAddress.Parse("fe80::1"), 15118));
        for (int i = 0; i < 4; i++)
        {
            capture.Send(script[i].Direction == SessionDirection.EvToEvse, script[i].Frame);
        }

        byte[] lost = script[8].Frame; // CurrentDemandReq-max, long enough to lose its middle
        capture.Send(true, lost[..10]);
        capture.Skip(true, lost.Length - 20); // never captured
        capture.Send(true, lost[^10..]);
        capture.Send(false, script[5].Frame);
        capture.Send(true, script[6].Frame);

        TcpConnection connection = Assert.Single(CaptureAnalyzer.Analyze(capture.ToArray()).Connections);
        DecodedSession session = SessionDecoder.DecodeConnection(connection);

        Assert.Equal(new[] { 0, 1, 2, 3, 5, 6 }.Select(i => script[i].Expected), session.Messages.Select(ScriptedSession.Describe));
        long lostAt = script[0].Frame.Length + script[2].Frame.Length;
        Assert.Equal(
            new[] { (SessionErrorKind.TruncatedFrame, lostAt, 10L), (SessionErrorKind.CaptureGap, lostAt + 10, lost.Length - 20L),
                (SessionErrorKind.Garbage, lostAt + 10, 10L) },
            session.Problems.Select(p => (p.Error.Kind, p.Error.StreamOffset, p.Length)));
        Assert.All(session.Problems, p => Assert.Equal(SessionDirection.EvToEvse, p.Direction));
    }

    [Theory]
    [InlineData("din")]
    [InlineData("iso2")]
    [InlineData("iso20")]
    public void Every_single_bit_flip_of_a_session_stream_is_reported_not_thrown(string family)
    {
        var script = ScriptedSession.For(family);
        byte[] ev = ScriptedSession.Stream(script, SessionDirection.EvToEvse);
        byte[] evse = ScriptedSession.Stream(script, SessionDirection.EvseToEv);
        int flagged = 0;
        for (int bit = 0; bit < evse.Length * 8; bit += 5)
        {
            byte[] flipped = (byte[])evse.Clone();
            flipped[bit / 8] ^= (byte)(0x80 >> (bit % 8));

            DecodedSession session = SessionDecoder.DecodeStreams(ev, flipped);

            Assert.All(session.Messages.Where(m => m.IsDecoded), m => Assert.True(m.Xml is not null ^ m.XmlError is not null));
            if (session.Problems.Count > 0 || session.Messages.Any(m => !m.IsDecoded))
            {
                flagged++;
            }
        }

        Assert.True(flagged > 0);
    }

    [Fact]
    public void A_string_xml_cannot_carry_gives_no_xml_and_says_why()
    {
        var decoder = new SessionDecoder();
        var request = new V2G.Messages.AppProtocol.SupportedAppProtocolReq();
        request.AppProtocol.Add(new()
        {
            ProtocolNamespace = "urn:\u0015", VersionNumberMajor = 2, VersionNumberMinor = 0, SchemaID = 1, Priority = 1,
        });
        byte[] payload = V2G.Messages.AppProtocol.AppProtocolCodec.Documents.Encode(request);

        SessionMessage message = decoder.Decode(SessionDirection.EvToEvse, new(V2gtpPayloadType.Exi, payload));

        Assert.True(message.IsDecoded);
        Assert.Null(message.Xml);
        Assert.Contains("0x15", message.XmlError);
    }
}
