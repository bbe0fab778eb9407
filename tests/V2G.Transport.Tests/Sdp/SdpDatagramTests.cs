using System;
using System.Linq;
using System.Net;
using V2G.Transport.Sdp;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Transport.Tests.Sdp;

public sealed class SdpDatagramTests
{
    private static readonly SdpResponse Response =
        new(IPAddress.Parse("fe80::2"), 61851, SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Tcp);

    [Fact]
    public void A_request_datagram_reads_as_a_wired_request()
    {
        var request = new SdpRequest(SdpSecurity.Tls, SdpTransportProtocol.Tcp);

        Assert.True(SdpDatagram.TryParse(request.ToDatagram(), out var message, out var error), error?.ToString());
        Assert.Equal(V2gtpPayloadType.SdpRequest, message.PayloadType);
        Assert.False(message.IsWireless);
        Assert.Equal(request, message.Request);
        Assert.Null(message.Response);
        Assert.True(message.UnparsedWirelessFields.IsEmpty);
    }

    [Fact]
    public void A_response_datagram_reads_as_a_wired_response()
    {
        Assert.True(SdpDatagram.TryParse(Response.ToDatagram(), out var message, out _));
        Assert.Equal(Response, message.Response);
        Assert.Null(message.Request);
    }

    [Fact]
    public void A_non_sdp_payload_type_is_refused_at_byte_2()
    {
        var datagram = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, new byte[] { 0x10, 0x00 });

        Assert.False(SdpDatagram.TryParse(datagram, out _, out var error));
        Assert.Equal(SdpErrorKind.NotSdpPayloadType, error.Kind);
        Assert.Equal(2, error.Offset);
    }

    [Fact]
    public void A_bad_v2gtp_header_is_a_framing_error_carrying_the_v2gtp_error()
    {
        var datagram = new SdpRequest(SdpSecurity.Tls, SdpTransportProtocol.Tcp).ToDatagram();
        datagram[1] = 0xFF;

        Assert.False(SdpDatagram.TryParse(datagram, out _, out var error));
        Assert.Equal(SdpErrorKind.Framing, error.Kind);
        Assert.Equal(1, error.Offset);
        Assert.Equal(V2gtpErrorKind.WrongInverseProtocolVersion, error.Framing?.Kind);
    }

    [Fact]
    public void A_datagram_shorter_than_its_declared_payload_is_a_truncated_frame()
    {
        var datagram = Response.ToDatagram()[..20];

        Assert.False(SdpDatagram.TryParse(datagram, out _, out var error));
        Assert.Equal(SdpErrorKind.Framing, error.Kind);
        Assert.Equal(V2gtpErrorKind.TruncatedPayload, error.Framing?.Kind);
        Assert.Equal(20, error.Offset);
    }

    [Fact]
    public void Bytes_after_the_frame_are_refused_where_they_start()
    {
        var datagram = new SdpRequest(SdpSecurity.Tls, SdpTransportProtocol.Tcp).ToDatagram().Append((byte)0).ToArray();

        Assert.False(SdpDatagram.TryParse(datagram, out _, out var error));
        Assert.Equal(SdpErrorKind.TrailingBytes, error.Kind);
        Assert.Equal(10, error.Offset);
    }

    [Fact]
    public void A_payload_error_is_reported_at_its_offset_in_the_datagram()
    {
        var datagram = V2gtpWriter.WriteFrame(V2gtpPayloadType.SdpRequest, new byte[] { 0x10, 0x33 });

        Assert.False(SdpDatagram.TryParse(datagram, out _, out var error));
        Assert.Equal(SdpErrorKind.UnknownTransportProtocol, error.Kind);
        Assert.Equal(9, error.Offset);
    }

    [Fact]
    public void A_wired_request_with_a_payload_of_three_bytes_is_refused()
    {
        var datagram = V2gtpWriter.WriteFrame(V2gtpPayloadType.SdpRequest, new byte[] { 0x10, 0x00, 0x00 });

        Assert.False(SdpDatagram.TryParse(datagram, out _, out var error));
        Assert.Equal(SdpErrorKind.WrongPayloadLength, error.Kind);
        Assert.Equal(10, error.Offset);
    }

    [Fact]
    public void A_wireless_request_reads_its_leading_fields_and_keeps_the_rest_unparsed()
    {
        var rest = new byte[] { 0x00, 0x01, 0x02, 0x5A, 0x5A };
        var datagram = V2gtpWriter.WriteFrame(V2gtpPayloadType.SdpRequestWireless, new byte[] { 0x10, 0x00 }.Concat(rest).ToArray());

        Assert.True(SdpDatagram.TryParse(datagram, out var message, out var error), error?.ToString());
        Assert.True(message.IsWireless);
        Assert.Equal(new SdpRequest(SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Tcp), message.Request);
        Assert.Equal(rest, message.UnparsedWirelessFields.ToArray());
    }

    [Fact]
    public void A_wireless_response_reads_its_leading_fields_and_keeps_the_rest_unparsed()
    {
        var rest = Enumerable.Repeat((byte)0x30, 38).ToArray();
        var datagram = V2gtpWriter.WriteFrame(V2gtpPayloadType.SdpResponseWireless, Response.ToPayload().Concat(rest).ToArray());

        Assert.True(SdpDatagram.TryParse(datagram, out var message, out _));
        Assert.True(message.IsWireless);
        Assert.Equal(Response, message.Response);
        Assert.Equal(rest, message.UnparsedWirelessFields.ToArray());
    }

    [Fact]
    public void A_wireless_response_shorter_than_the_wired_fields_is_refused()
    {
        var datagram = V2gtpWriter.WriteFrame(V2gtpPayloadType.SdpResponseWireless, new byte[19]);

        Assert.False(SdpDatagram.TryParse(datagram, out _, out var error));
        Assert.Equal(SdpErrorKind.WrongPayloadLength, error.Kind);
        Assert.Equal(8 + 19, error.Offset);
    }

    [Fact]
    public void TryParsePayload_refuses_a_non_sdp_type()
    {
        Assert.False(SdpDatagram.TryParsePayload(V2gtpPayloadType.Iso20Dc, new byte[2], out _, out var error));
        Assert.Equal(SdpErrorKind.NotSdpPayloadType, error.Kind);
    }
}
