using System;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Transport.Tests.V2gtp;

public sealed class V2gtpHeaderTests
{
    [Fact]
    public void A_header_is_written_big_endian_with_version_and_inverse()
    {
        var bytes = new V2gtpHeader(V2gtpPayloadType.Iso20Dc, 0x0102_0304).ToArray();

        Assert.Equal(new byte[] { 0x01, 0xFE, 0x80, 0x04, 0x01, 0x02, 0x03, 0x04 }, bytes);
    }

    [Fact]
    public void A_written_header_reads_back()
    {
        var header = new V2gtpHeader(V2gtpPayloadType.Exi, 42);

        Assert.True(V2gtpHeader.TryRead(header.ToArray(), null, out var read, out var error), error?.ToString());
        Assert.Equal(header, read);
        Assert.Equal(42u, read.PayloadLength);
    }

    [Fact]
    public void TryWrite_refuses_a_short_destination_and_writes_nothing()
    {
        var destination = new byte[7];

        Assert.False(new V2gtpHeader(V2gtpPayloadType.Exi, 1).TryWrite(destination, out var written));
        Assert.Equal(0, written);
        Assert.All(destination, b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_wrong_protocol_version_is_reported_at_byte_0()
    {
        AssertError(new byte[] { 0x02, 0xFD, 0x80, 0x01, 0, 0, 0, 0 }, V2gtpErrorKind.WrongProtocolVersion, 0, "0x02");
    }

    [Fact]
    public void A_wrong_inverse_version_is_reported_at_byte_1()
    {
        AssertError(new byte[] { 0x01, 0xFF, 0x80, 0x01, 0, 0, 0, 0 }, V2gtpErrorKind.WrongInverseProtocolVersion, 1, "0xFF");
    }

    [Theory]
    [InlineData(0x8007)]
    [InlineData(0x9004)]
    [InlineData(0xA001)]
    public void An_unknown_payload_type_is_reported_at_byte_2(int type)
    {
        var bytes = new byte[] { 0x01, 0xFE, (byte)(type >> 8), (byte)type, 0, 0, 0, 0 };

        AssertError(bytes, V2gtpErrorKind.UnknownPayloadType, 2, $"0x{type:X4}");
    }

    [Fact]
    public void An_unknown_payload_type_is_accepted_when_the_options_allow_it()
    {
        var bytes = new byte[] { 0x01, 0xFE, 0xA0, 0x01, 0, 0, 0, 3 };
        var options = new V2gtpReaderOptions { AllowUnknownPayloadTypes = true };

        Assert.True(V2gtpHeader.TryRead(bytes, options, out var header, out _));
        Assert.Equal(0xA001, header.PayloadType.Value);
        Assert.Equal(3u, header.PayloadLength);
    }

    [Fact]
    public void A_length_over_the_default_maximum_is_reported_at_byte_4()
    {
        var header = new V2gtpHeader(V2gtpPayloadType.Exi, (uint)TransportLimits.DefaultMaxV2gtpPayload + 1).ToArray();

        AssertError(header, V2gtpErrorKind.PayloadTooLarge, 4, $"{TransportLimits.DefaultMaxV2gtpPayload + 1}");
    }

    [Fact]
    public void A_length_of_exactly_the_maximum_is_accepted_and_one_more_is_not()
    {
        var options = new V2gtpReaderOptions { MaxPayloadLength = 100 };

        Assert.True(V2gtpHeader.TryRead(new V2gtpHeader(V2gtpPayloadType.Exi, 100).ToArray(), options, out _, out _));
        Assert.False(V2gtpHeader.TryRead(new V2gtpHeader(V2gtpPayloadType.Exi, 101).ToArray(), options, out _, out var error));
        Assert.Equal(V2gtpErrorKind.PayloadTooLarge, error.Kind);
    }

    [Fact]
    public void The_largest_wire_length_is_refused_without_overflow()
    {
        AssertError(new byte[] { 0x01, 0xFE, 0x80, 0x01, 0xFF, 0xFF, 0xFF, 0xFF }, V2gtpErrorKind.PayloadTooLarge, 4, "4294967295");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void A_short_header_is_truncated_where_the_input_ends(int length)
    {
        var bytes = new V2gtpHeader(V2gtpPayloadType.Exi, 0).ToArray().AsSpan(0, length).ToArray();

        AssertError(bytes, V2gtpErrorKind.TruncatedHeader, length, $"after {length} of the 8");
    }

    [Fact]
    public void A_short_header_with_a_wrong_first_byte_reports_the_version_not_the_truncation()
    {
        AssertError(new byte[] { 0x00 }, V2gtpErrorKind.WrongProtocolVersion, 0, "0x00");
    }

    [Fact]
    public void The_options_refuse_a_negative_or_oversized_maximum()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new V2gtpReaderOptions { MaxPayloadLength = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new V2gtpReaderOptions { MaxPayloadLength = int.MaxValue });
    }

    private static void AssertError(byte[] bytes, V2gtpErrorKind kind, long offset, string messagePart)
    {
        Assert.False(V2gtpHeader.TryRead(bytes, null, out var header, out var error));
        Assert.Equal(default, header);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(offset, error.Offset);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
