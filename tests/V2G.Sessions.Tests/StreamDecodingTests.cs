using System.Linq;
using Xunit;

namespace V2G.Sessions.Tests;

/// <summary>Both byte streams of a connection, given as memory, decode to the exact message sequence.</summary>
public sealed class StreamDecodingTests
{
    [Theory]
    [InlineData("din", ProtocolStandard.Din, Handshake.Din)]
    [InlineData("iso2", ProtocolStandard.Iso2, Handshake.Iso2)]
    [InlineData("iso20", ProtocolStandard.Iso20, Handshake.Iso20Dc)]
    public void Decodes_the_exact_message_sequence(string family, ProtocolStandard standard, string ns)
    {
        var script = ScriptedSession.For(family);
        DecodedSession session = SessionDecoder.DecodeStreams(
            ScriptedSession.Stream(script, SessionDirection.EvToEvse), ScriptedSession.Stream(script, SessionDirection.EvseToEv));

        Assert.Equal(ScriptedSession.Expected(script), session.Messages.Select(ScriptedSession.Describe));
        Assert.True(session.EvIsClient);
        Assert.False(session.Tls);
        Assert.Empty(session.Problems);
        Assert.Equal(new NegotiatedProtocol(standard, ns, 10, 2, 0), session.Protocol);
        Assert.All(session.Messages, m => Assert.True(m.IsDecoded));
        Assert.All(session.Messages, m => Assert.Equal(0, m.TrailingBytes));
    }

    [Fact]
    public void The_EV_is_the_side_that_sends_supportedAppProtocolReq_even_as_tcp_server()
    {
        var script = ScriptedSession.For("din");
        DecodedSession session = SessionDecoder.DecodeStreams(
            ScriptedSession.Stream(script, SessionDirection.EvseToEv), ScriptedSession.Stream(script, SessionDirection.EvToEvse));

        Assert.False(session.EvIsClient);
        Assert.Equal(ScriptedSession.Expected(script), session.Messages.Select(ScriptedSession.Describe));
    }

    [Fact]
    public void Messages_carry_stream_offsets_document_and_xml()
    {
        var script = ScriptedSession.For("din");
        DecodedSession session = SessionDecoder.DecodeStreams(
            ScriptedSession.Stream(script, SessionDirection.EvToEvse), ScriptedSession.Stream(script, SessionDirection.EvseToEv));

        SessionMessage setup = session.Messages[2];
        Assert.Equal(script[0].Frame.Length, setup.StreamOffset);
        Assert.IsType<V2G.Messages.Din.DinDocument>(setup.Document);
        Assert.Contains("SessionSetupReq", setup.Xml);
        Assert.Null(setup.UnixTimeNanoseconds);
        Assert.Equal(0, session.Messages[0].StreamOffset);
    }

    [Fact]
    public void A_tls_stream_is_reported_as_tls_with_no_messages()
    {
        byte[] clientHello = [0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0x00, 0x00, 0x01, 0x00];
        byte[] serverHello = [0x16, 0x03, 0x03, 0x00, 0x02, 0x02, 0x00];

        DecodedSession session = SessionDecoder.DecodeStreams(clientHello, serverHello);

        Assert.True(session.Tls);
        Assert.Empty(session.Messages);
        Assert.Empty(session.Problems);
    }

    [Fact]
    public void Garbage_between_frames_is_reported_and_skipped()
    {
        var script = ScriptedSession.For("iso2");
        byte[] garbage = [0xDE, 0xAD, 0x01, 0xFE, 0x80, 0x01, 0x00, 0x00, 0x10, 0x00, 0xBE, 0xEF]; // holds a header that lies
        byte[] ev = script.Where(m => m.Direction == SessionDirection.EvToEvse).Take(2).SelectMany(m => m.Frame)
            .Concat(garbage)
            .Concat(script.Where(m => m.Direction == SessionDirection.EvToEvse).Skip(2).SelectMany(m => m.Frame)).ToArray();
        int garbageAt = script.Where(m => m.Direction == SessionDirection.EvToEvse).Take(2).Sum(m => m.Frame.Length);

        DecodedSession session = SessionDecoder.DecodeStreams(ev, ScriptedSession.Stream(script, SessionDirection.EvseToEv));

        Assert.Equal(ScriptedSession.Expected(script), session.Messages.Select(ScriptedSession.Describe));
        StreamProblem problem = Assert.Single(session.Problems);
        Assert.Equal(SessionErrorKind.Garbage, problem.Error.Kind);
        Assert.Equal(SessionDirection.EvToEvse, problem.Direction);
        Assert.Equal(garbageAt, problem.Error.StreamOffset);
        Assert.Equal(garbage.Length, problem.Length);
    }

    [Fact]
    public void A_header_whose_length_runs_past_the_next_frame_is_skipped_as_framing_garbage()
    {
        var script = ScriptedSession.For("din");
        byte[] lying = [0x01, 0xFE, 0x80, 0x01, 0x00, 0x00, 0x40, 0x00, 0x80]; // declares 16384 bytes, fewer follow
        byte[] ev = lying.Concat(ScriptedSession.Stream(script, SessionDirection.EvToEvse)).ToArray();

        DecodedSession session = SessionDecoder.DecodeStreams(ev, ScriptedSession.Stream(script, SessionDirection.EvseToEv));

        Assert.Equal(ScriptedSession.Expected(script), session.Messages.Select(ScriptedSession.Describe));
        StreamProblem problem = Assert.Single(session.Problems);
        Assert.Equal(SessionErrorKind.Framing, problem.Error.Kind);
        Assert.Equal(0, problem.Error.StreamOffset);
        Assert.Equal(lying.Length, problem.Length);
    }

    [Fact]
    public void Garbage_with_no_frame_after_it_is_reported_once_and_ends_the_scan()
    {
        byte[] garbage = Enumerable.Range(0, 300).Select(i => (byte)(i % 7 == 3 ? 0x01 : 0xFE)).ToArray();

        DecodedSession session = SessionDecoder.DecodeStreams(garbage, new byte[0]);

        Assert.Empty(session.Messages);
        StreamProblem problem = Assert.Single(session.Problems);
        Assert.Equal(SessionErrorKind.Garbage, problem.Error.Kind);
        Assert.Equal(300, problem.Length);
    }

    [Fact]
    public void A_stream_that_ends_inside_a_frame_reports_the_truncation()
    {
        var script = ScriptedSession.For("din");
        byte[] evse = ScriptedSession.Stream(script, SessionDirection.EvseToEv);
        byte[] cut = evse[..^3];

        DecodedSession session = SessionDecoder.DecodeStreams(ScriptedSession.Stream(script, SessionDirection.EvToEvse), cut);

        Assert.Equal(script.Count - 1, session.Messages.Count);
        StreamProblem problem = Assert.Single(session.Problems);
        Assert.Equal(SessionErrorKind.TruncatedFrame, problem.Error.Kind);
        Assert.Equal(evse.Length - script[^1].Frame.Length, problem.Error.StreamOffset);
        Assert.Equal(V2G.Transport.V2gtp.V2gtpErrorKind.TruncatedPayload, problem.Error.Framing?.Kind);
    }

    [Fact]
    public void A_frame_that_does_not_decode_is_an_entry_with_its_error_and_the_session_goes_on()
    {
        var script = ScriptedSession.For("din").ToList();
        byte[] broken = (byte[])script[4].Payload.Clone();
        broken[1] ^= 0xFF; // the V2G_Message header's first event codes
        script[4] = script[4] with { Payload = broken };

        DecodedSession session = SessionDecoder.DecodeStreams(
            ScriptedSession.Stream(script, SessionDirection.EvToEvse), ScriptedSession.Stream(script, SessionDirection.EvseToEv));

        Assert.Equal(script.Count, session.Messages.Count);
        SessionMessage failed = session.Messages[4];
        Assert.False(failed.IsDecoded);
        Assert.Null(failed.Name);
        Assert.Equal(MessageFamily.Din, failed.Family);
        Assert.Equal(SessionErrorKind.Decode, failed.Error!.Kind);
        Assert.False(V2G.Messages.Din.DinCodec.Documents.TryDecode(broken, out _, out V2G.Exi.ExiError? expected));
        Assert.Equal(expected.BitOffset, failed.Error.BitOffset);
        Assert.Equal(29, failed.Error.BitOffset); // pinned: the flipped byte 1 derails the header events, found at bit 29
        Assert.All(session.Messages.Where((_, i) => i != 4), m => Assert.True(m.IsDecoded));
    }
}
