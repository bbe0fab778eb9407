using System;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Transport.Tests.V2gtp;

public sealed class V2gtpFrameTests
{
    private static readonly byte[] Payload = { 0x80, 0x00, 0xDB, 0xAB, 0x93, 0x71 };

    [Fact]
    public void The_writer_frames_a_payload_into_an_array_of_exactly_the_frame_length()
    {
        var frame = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, Payload);

        Assert.Equal(new byte[] { 0x01, 0xFE, 0x80, 0x01, 0, 0, 0, 6, 0x80, 0x00, 0xDB, 0xAB, 0x93, 0x71 }, frame);
        Assert.Equal(frame.Length, V2gtpWriter.GetFrameLength(Payload.Length));
    }

    [Fact]
    public void TryWriteFrame_fills_exactly_the_frame_and_refuses_one_byte_less()
    {
        var exact = new byte[14 + 2];
        Assert.True(V2gtpWriter.TryWriteFrame(V2gtpPayloadType.Iso20Ac, Payload, exact, out var written));
        Assert.Equal(14, written);
        Assert.Equal(new byte[2], exact[14..]);

        var small = new byte[13];
        Assert.False(V2gtpWriter.TryWriteFrame(V2gtpPayloadType.Iso20Ac, Payload, small, out written));
        Assert.Equal(0, written);
        Assert.All(small, b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_frame_reads_back_and_leaves_the_following_bytes()
    {
        var bytes = new byte[20];
        V2gtpWriter.TryWriteFrame(V2gtpPayloadType.Iso20CommonMessages, Payload, bytes, out _);

        Assert.True(V2gtpFrame.TryRead(bytes, null, out var frame, out var consumed, out var error), error?.ToString());
        Assert.Equal(14, consumed);
        Assert.Equal(V2gtpPayloadType.Iso20CommonMessages, frame.PayloadType);
        Assert.Equal(Payload, frame.Payload.ToArray());
        Assert.Equal(bytes[..14], frame.ToArray());
    }

    [Fact]
    public void An_empty_payload_is_a_frame_of_eight_bytes()
    {
        var bytes = new V2gtpFrame(V2gtpPayloadType.SdpRequest, ReadOnlyMemory<byte>.Empty).ToArray();

        Assert.Equal(8, bytes.Length);
        Assert.True(V2gtpFrame.TryRead(bytes, null, out var frame, out var consumed, out _));
        Assert.Equal(8, consumed);
        Assert.True(frame.Payload.IsEmpty);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void A_short_payload_is_truncated_where_the_input_ends(int available)
    {
        var bytes = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, Payload).AsSpan(0, 8 + available).ToArray();

        Assert.False(V2gtpFrame.TryRead(bytes, null, out _, out var consumed, out var error));
        Assert.Equal(0, consumed);
        Assert.Equal(V2gtpErrorKind.TruncatedPayload, error.Kind);
        Assert.Equal(8 + available, error.Offset);
        Assert.Contains($"declares 6 payload bytes but the input ends after {available}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_errors_come_through_the_frame_reader_unchanged()
    {
        var bytes = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, Payload);
        bytes[1] = 0x00;

        Assert.False(V2gtpFrame.TryRead(bytes, null, out _, out _, out var error));
        Assert.Equal(V2gtpErrorKind.WrongInverseProtocolVersion, error.Kind);
        Assert.Equal(1, error.Offset);
    }
}
