using System;
using V2G.Transport.Sdp;
using Xunit;

namespace V2G.Transport.Tests.Sdp;

public sealed class SdpRequestTests
{
    [Theory]
    [InlineData(SdpSecurity.Tls, SdpTransportProtocol.Tcp, 0x00, 0x00)]
    [InlineData(SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Tcp, 0x10, 0x00)]
    [InlineData(SdpSecurity.Tls, SdpTransportProtocol.Udp, 0x00, 0x10)]
    [InlineData(SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Udp, 0x10, 0x10)]
    public void A_request_is_its_security_byte_and_transport_byte(SdpSecurity security, SdpTransportProtocol transport, int s, int t)
    {
        var request = new SdpRequest(security, transport);

        var payload = request.ToPayload();

        Assert.Equal(new[] { (byte)s, (byte)t }, payload);
        Assert.True(SdpRequest.TryParse(payload, out var parsed, out var error), error?.ToString());
        Assert.Equal(request, parsed);
    }

    [Fact]
    public void The_datagram_is_the_payload_under_a_v2gtp_header_of_type_0x9000()
    {
        var datagram = new SdpRequest(SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Tcp).ToDatagram();

        Assert.Equal(new byte[] { 0x01, 0xFE, 0x90, 0x00, 0, 0, 0, 2, 0x10, 0x00 }, datagram);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    public void A_payload_of_another_length_is_refused_at_the_first_missing_or_extra_byte(int length, int offset)
    {
        Assert.False(SdpRequest.TryParse(new byte[length], out _, out var error));
        Assert.Equal(SdpErrorKind.WrongPayloadLength, error.Kind);
        Assert.Equal(offset, error.Offset);
        Assert.Contains($"{length} bytes, expected 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x01)]
    [InlineData(0x11)]
    [InlineData(0xFF)]
    public void An_unknown_security_byte_is_refused_at_byte_0(int value)
    {
        Assert.False(SdpRequest.TryParse(new[] { (byte)value, (byte)0x00 }, out _, out var error));
        Assert.Equal(SdpErrorKind.UnknownSecurity, error.Kind);
        Assert.Equal(0, error.Offset);
        Assert.Contains($"0x{value:X2}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_transport_byte_is_refused_at_byte_1()
    {
        Assert.False(SdpRequest.TryParse(new byte[] { 0x10, 0x20 }, out _, out var error));
        Assert.Equal(SdpErrorKind.UnknownTransportProtocol, error.Kind);
        Assert.Equal(1, error.Offset);
    }

    [Fact]
    public void TryWrite_refuses_a_one_byte_destination()
    {
        var destination = new byte[1];

        Assert.False(new SdpRequest(SdpSecurity.NoTransportSecurity, SdpTransportProtocol.Udp).TryWrite(destination, out var written));
        Assert.Equal(0, written);
        Assert.Equal(0, destination[0]);
    }
}
