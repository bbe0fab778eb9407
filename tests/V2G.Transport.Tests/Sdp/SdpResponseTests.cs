using System;
using System.Net;
using V2G.Transport.Sdp;
using Xunit;

namespace V2G.Transport.Tests.Sdp;

public sealed class SdpResponseTests
{
    private static readonly IPAddress Secc = IPAddress.Parse("fe80::1234:56ff:fe78:9abc");

    [Fact]
    public void A_response_is_address_port_security_and_transport_in_that_order()
    {
        var response = new SdpResponse(Secc, 0xC350, SdpSecurity.Tls, SdpTransportProtocol.Tcp);

        var payload = response.ToPayload();

        Assert.Equal("FE80000000000000123456FFFE789ABC" + "C350" + "00" + "00", Convert.ToHexString(payload));
    }

    [Fact]
    public void A_written_response_parses_back_to_an_equal_one()
    {
        var response = new SdpResponse(Secc, 65535, SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Udp);

        Assert.True(SdpResponse.TryParse(response.ToPayload(), out var parsed, out var error), error?.ToString());
        Assert.Equal(response, parsed);
        Assert.Equal(Secc, parsed.Address);
        Assert.Equal(65535, parsed.Port);
    }

    [Fact]
    public void The_datagram_is_28_bytes_under_a_v2gtp_header_of_type_0x9001()
    {
        var datagram = new SdpResponse(Secc, 49152, SdpSecurity.Tls, SdpTransportProtocol.Tcp).ToDatagram();

        Assert.Equal(28, datagram.Length);
        Assert.Equal("01FE900100000014", Convert.ToHexString(datagram, 0, 8));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(19, 19)]
    [InlineData(21, 20)]
    public void A_payload_of_another_length_is_refused(int length, int offset)
    {
        Assert.False(SdpResponse.TryParse(new byte[length], out _, out var error));
        Assert.Equal(SdpErrorKind.WrongPayloadLength, error.Kind);
        Assert.Equal(offset, error.Offset);
        Assert.Contains($"{length} bytes, expected 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_security_byte_is_refused_at_byte_18()
    {
        var payload = new SdpResponse(Secc, 49152, SdpSecurity.Tls, SdpTransportProtocol.Tcp).ToPayload();
        payload[18] = 0x08;

        Assert.False(SdpResponse.TryParse(payload, out _, out var error));
        Assert.Equal(SdpErrorKind.UnknownSecurity, error.Kind);
        Assert.Equal(18, error.Offset);
        Assert.Contains("0x08", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_transport_byte_is_refused_at_byte_19()
    {
        var payload = new SdpResponse(Secc, 49152, SdpSecurity.Tls, SdpTransportProtocol.Tcp).ToPayload();
        payload[19] = 0x01;

        Assert.False(SdpResponse.TryParse(payload, out _, out var error));
        Assert.Equal(SdpErrorKind.UnknownTransportProtocol, error.Kind);
        Assert.Equal(19, error.Offset);
    }

    [Fact]
    public void An_ipv4_address_is_refused_by_the_constructor()
    {
        Assert.Throws<ArgumentException>(() => new SdpResponse(IPAddress.Loopback, 49152, SdpSecurity.Tls, SdpTransportProtocol.Tcp));
    }

    [Fact]
    public void TryWrite_refuses_a_short_destination()
    {
        var response = new SdpResponse(Secc, 49152, SdpSecurity.Tls, SdpTransportProtocol.Tcp);

        Assert.False(response.TryWrite(new byte[19], out var written));
        Assert.Equal(0, written);
    }
}
