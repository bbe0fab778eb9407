using System.Linq;
using V2G.Messages.AppProtocol;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Sessions.Tests;

/// <summary>The decoder fed one frame at a time, as an SECC or EVCC uses it.</summary>
public sealed class IncrementalDecoderTests
{
    private const SessionDirection Ev = SessionDirection.EvToEvse;
    private const SessionDirection Evse = SessionDirection.EvseToEv;

    private static V2gtpFrame Frame(byte[] payload, ushort type = 0x8001) => new(new V2gtpPayloadType(type), payload);

    [Fact]
    public void The_protocol_is_known_once_the_response_selected_it()
    {
        var decoder = new SessionDecoder();
        decoder.Decode(Ev, Frame(Handshake.Request(Handshake.Iso2, Handshake.Din)));
        Assert.Null(decoder.Protocol);

        SessionMessage response = decoder.Decode(Evse, Frame(Handshake.Response(10)), 42);

        Assert.Equal(ProtocolStandard.Iso2, decoder.Protocol?.Standard);
        Assert.Equal(Handshake.Iso2, decoder.Protocol?.Namespace);
        Assert.Equal(42, response.UnixTimeNanoseconds);
        Assert.Equal(-1, response.StreamOffset);
        SessionMessage setup = decoder.Decode(Ev, Frame(SharedVectors.Exi("iso2", "SessionSetupReq-min")));
        Assert.Equal((MessageFamily?)MessageFamily.Iso2, setup.Family);
        Assert.Equal("SessionSetupReq", setup.Name);
    }

    [Fact]
    public void Every_frame_of_a_scripted_session_decodes_with_its_family()
    {
        var script = ScriptedSession.For("iso20");
        var decoder = new SessionDecoder();

        var decoded = script.Select(m => decoder.Decode(m.Direction, Frame(m.Payload, m.PayloadType))).ToList();

        Assert.Equal(ScriptedSession.Expected(script), decoded.Select(ScriptedSession.Describe));
        Assert.Equal(ProtocolStandard.Iso20, decoder.Protocol?.Standard);
    }

    [Fact]
    public void A_refused_handshake_makes_later_messages_errors_of_that_kind()
    {
        var decoder = new SessionDecoder();
        decoder.Decode(Ev, Frame(Handshake.Request(Handshake.Din)));
        decoder.Decode(Evse, Frame(Handshake.Response(null, ResponseCodeType.Failed_NoNegotiation)));

        SessionMessage next = decoder.Decode(Ev, Frame(SharedVectors.Exi("din", "SessionSetupReq-min")));

        Assert.Null(decoder.Protocol);
        Assert.Equal(SessionErrorKind.HandshakeFailed, decoder.HandshakeError?.Kind);
        Assert.Equal(SessionErrorKind.HandshakeFailed, next.Error?.Kind);
        Assert.Null(next.Family);
    }

    [Fact]
    public void A_schema_id_the_request_did_not_offer_fails_the_handshake()
    {
        var decoder = new SessionDecoder();
        decoder.Decode(Ev, Frame(Handshake.Request(Handshake.Din)));
        decoder.Decode(Evse, Frame(Handshake.Response(33)));

        Assert.Equal(SessionErrorKind.HandshakeFailed, decoder.HandshakeError?.Kind);
        Assert.Contains("SchemaID 33", decoder.HandshakeError!.Message);
        Assert.Contains("offered: 20, 10", decoder.HandshakeError.Message);
    }

    [Fact]
    public void A_namespace_no_codec_reads_is_an_unsupported_protocol()
    {
        var decoder = new SessionDecoder();
        decoder.Decode(Ev, Frame(Handshake.Request("urn:iso:15118:2:2010:MsgDef")));
        decoder.Decode(Evse, Frame(Handshake.Response(10)));

        Assert.Equal(SessionErrorKind.UnsupportedProtocol, decoder.HandshakeError?.Kind);
        Assert.Contains("urn:iso:15118:2:2010:MsgDef", decoder.HandshakeError!.Message);
    }

    [Fact]
    public void A_din_message_before_any_handshake_is_inferred_as_din()
    {
        var decoder = new SessionDecoder();

        SessionMessage message = decoder.Decode(Ev, Frame(SharedVectors.Exi("din", "SessionSetupReq-min")));

        Assert.True(message.IsDecoded);
        Assert.True(message.FamilyInferred);
        Assert.Equal((MessageFamily?)MessageFamily.Din, message.Family);
        Assert.Equal("SessionSetupReq", message.Name);
        Assert.Null(decoder.Protocol);
    }

    [Fact]
    public void A_payload_no_codec_reads_before_any_handshake_is_reported_as_no_handshake()
    {
        byte[] payload = [0x80, 0xFF, 0xFF, 0xFF];
        var decoder = new SessionDecoder();

        SessionMessage message = decoder.Decode(Ev, Frame(payload));

        Assert.Equal(SessionErrorKind.NoHandshake, message.Error?.Kind);
        Assert.False(message.FamilyInferred);
        Assert.False(AppProtocolCodec.Documents.TryDecode(payload, out _, out V2G.Exi.ExiError? expected));
        Assert.Equal(expected.BitOffset, message.Error!.BitOffset);
        Assert.Equal(8, message.Error.BitOffset); // the first event code after the EXI header byte
    }

    [Fact]
    public void Nothing_is_inferred_once_a_handshake_request_was_seen()
    {
        var decoder = new SessionDecoder();
        decoder.Decode(Ev, Frame(Handshake.Request(Handshake.Din)));

        SessionMessage message = decoder.Decode(Ev, Frame(SharedVectors.Exi("din", "SessionSetupReq-min")));

        Assert.False(message.FamilyInferred);
        Assert.Equal(SessionErrorKind.Decode, message.Error?.Kind);
        Assert.Equal((MessageFamily?)MessageFamily.AppProtocol, message.Family);
    }

    [Fact]
    public void An_iso20_payload_type_selects_its_codec_even_without_a_handshake()
    {
        var decoder = new SessionDecoder();

        SessionMessage message = decoder.Decode(Ev, Frame(SharedVectors.Exi("iso20-dc", "DC_CableCheckReq-min"), 0x8004));

        Assert.True(message.IsDecoded);
        Assert.Equal((MessageFamily?)MessageFamily.Iso20Dc, message.Family);
        Assert.Equal("DC_CableCheckReq", message.Name);
    }

    [Fact]
    public void An_iso20_payload_under_the_wrong_payload_type_is_a_decode_error()
    {
        var decoder = new SessionDecoder();

        SessionMessage message = decoder.Decode(Ev, Frame(SharedVectors.Exi("iso20-dc", "DC_CableCheckReq-min"), 0x8003));

        Assert.Equal(SessionErrorKind.Decode, message.Error?.Kind);
        Assert.Equal((MessageFamily?)MessageFamily.Iso20Ac, message.Family);
        Assert.StartsWith("iso20-ac: ", message.Error!.Message);
    }

    [Fact]
    public void An_sdp_payload_type_inside_a_session_is_an_unexpected_payload_type()
    {
        var decoder = new SessionDecoder();

        SessionMessage message = decoder.Decode(Ev, Frame([0x00, 0x00], 0x9000));

        Assert.Equal(SessionErrorKind.UnexpectedPayloadType, message.Error?.Kind);
        Assert.Contains("0x9000", message.Error!.Message);
    }

    [Fact]
    public void Trailing_bytes_after_the_exi_stream_are_counted_not_an_error()
    {
        var decoder = new SessionDecoder();
        byte[] payload = [.. Handshake.Request(Handshake.Din), 0x00];

        SessionMessage message = decoder.Decode(Ev, Frame(payload));

        Assert.True(message.IsDecoded);
        Assert.Equal(1, message.TrailingBytes);
    }

    [Fact]
    public void TryDecode_reads_one_frame_from_bytes_and_rejects_a_bad_header_with_its_offset()
    {
        var decoder = new SessionDecoder();
        byte[] frame = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, Handshake.Request(Handshake.Din));

        Assert.True(decoder.TryDecode(Ev, frame, out SessionMessage? message, out _));
        Assert.Equal("supportedAppProtocolReq", message!.Name);

        frame[1] = 0xFF;
        Assert.False(decoder.TryDecode(Ev, frame, out _, out SessionError? error));
        Assert.Equal(SessionErrorKind.Framing, error!.Kind);
        Assert.Equal(V2gtpErrorKind.WrongInverseProtocolVersion, error.Framing?.Kind);
        Assert.Equal(1, error.StreamOffset);
    }

    [Fact]
    public void TryDecode_rejects_bytes_after_the_frame()
    {
        var decoder = new SessionDecoder();
        byte[] frame = [.. V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, Handshake.Request(Handshake.Din)), 0x01, 0x02];

        Assert.False(decoder.TryDecode(Ev, frame, out _, out SessionError? error));
        Assert.Equal(SessionErrorKind.Garbage, error!.Kind);
        Assert.Equal(frame.Length - 2, error.StreamOffset);
    }
}
