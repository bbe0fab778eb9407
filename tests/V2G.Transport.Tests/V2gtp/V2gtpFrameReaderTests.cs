using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Transport.Tests.V2gtp;

public sealed class V2gtpFrameReaderTests
{
    private static readonly byte[] Stream = FrameSamples.Stream();

    [Fact]
    public void A_stream_split_into_two_segments_at_every_byte_position_reassembles_to_the_same_frames()
    {
        for (var split = 0; split <= Stream.Length; split++)
        {
            var frames = ReadAll(Sequences.SplitAt(Stream, split), out var rest);

            Assert.True(rest.IsEmpty, $"split at {split}: {rest.Length} bytes left");
            Assert.Equal(FrameSamples.Expected(), frames.Select(FrameSamples.Describe));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void A_stream_in_many_small_segments_reassembles_to_the_same_frames(int segmentSize)
    {
        var frames = ReadAll(Sequences.Chunked(Stream, segmentSize), out var rest);

        Assert.True(rest.IsEmpty);
        Assert.Equal(FrameSamples.Expected(), frames.Select(FrameSamples.Describe));
    }

    [Fact]
    public void A_stream_split_at_every_pair_of_positions_reassembles_to_the_same_frames()
    {
        for (var first = 0; first <= Stream.Length; first++)
        {
            for (var second = first; second <= Stream.Length; second++)
            {
                var frames = ReadAll(Sequences.SplitAt(Stream, first, second), out var rest);

                Assert.True(rest.IsEmpty, $"split at {first} and {second}");
                Assert.Equal(FrameSamples.Expected(), frames.Select(FrameSamples.Describe));
            }
        }
    }

    [Fact]
    public void Data_arriving_byte_by_byte_into_a_pipe_like_buffer_yields_each_frame_once_complete()
    {
        // Simulates a PipeReader: unconsumed bytes stay, new bytes are appended, the reader is asked again.
        var reader = new V2gtpFrameReader();
        var frames = new List<V2gtpFrame>();
        var start = 0;
        for (var end = 0; end <= Stream.Length; end++)
        {
            var buffer = Sequences.Chunked(Stream[start..end], 3);
            V2gtpError? error;
            while (reader.TryReadFrame(ref buffer, out var frame, out error))
            {
                frames.Add(frame);
            }

            Assert.Null(error);

            start = end - (int)buffer.Length;
        }

        Assert.Equal(FrameSamples.Expected(), frames.Select(FrameSamples.Describe));
        Assert.Equal(Stream.Length, reader.BytesConsumed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(15)]
    public void An_incomplete_frame_means_need_more_data_and_leaves_the_buffer_unchanged(int length)
    {
        var buffer = Sequences.SplitAt(Stream[..length], length / 2);
        var reader = new V2gtpFrameReader();

        Assert.False(reader.TryReadFrame(ref buffer, out var frame, out var error));
        Assert.Null(error);
        Assert.Equal(default, frame.Header);
        Assert.Equal(length, buffer.Length);
        Assert.Equal(0, reader.BytesConsumed);
    }

    [Fact]
    public void The_payload_is_a_copy_that_outlives_the_buffer()
    {
        var bytes = Stream.ToArray();
        var buffer = new ReadOnlySequence<byte>(bytes);

        Assert.True(new V2gtpFrameReader().TryReadFrame(ref buffer, out var frame, out _));
        Array.Clear(bytes);

        Assert.Equal(FrameSamples.Frames[0].Payload, frame.Payload.ToArray());
    }

    [Fact]
    public void A_wrong_version_is_reported_from_the_first_byte_without_waiting_for_the_header()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x45 });

        Assert.False(new V2gtpFrameReader().TryReadFrame(ref buffer, out _, out var error));
        Assert.NotNull(error);
        Assert.Equal(V2gtpErrorKind.WrongProtocolVersion, error.Kind);
        Assert.Equal(0, error.Offset);
        Assert.Equal(1, buffer.Length);
    }

    [Fact]
    public void A_length_over_the_maximum_is_reported_from_the_header_alone()
    {
        var buffer = new ReadOnlySequence<byte>(new V2gtpHeader(V2gtpPayloadType.Exi, 1001).ToArray());
        var reader = new V2gtpFrameReader(new V2gtpReaderOptions { MaxPayloadLength = 1000 });

        Assert.False(reader.TryReadFrame(ref buffer, out _, out var error));
        Assert.NotNull(error);
        Assert.Equal(V2gtpErrorKind.PayloadTooLarge, error.Kind);
        Assert.Equal(4, error.Offset);
    }

    [Fact]
    public void An_error_after_some_frames_gives_its_offset_in_the_whole_stream()
    {
        var bad = Stream.ToArray();
        var thirdFrame = 8 + 8 + 8 + 3;
        bad[thirdFrame + 2] = 0x70; // payload type 0x7000 of the third frame

        var frames = new List<V2gtpFrame>();
        var reader = new V2gtpFrameReader();
        var buffer = Sequences.Chunked(bad, 4);
        V2gtpError? error;
        while (reader.TryReadFrame(ref buffer, out var frame, out error))
        {
            frames.Add(frame);
        }

        Assert.Equal(2, frames.Count);
        Assert.NotNull(error);
        Assert.Equal(V2gtpErrorKind.UnknownPayloadType, error.Kind);
        Assert.Equal(thirdFrame + 2, error.Offset);
        Assert.Equal(bad.Length - thirdFrame, buffer.Length);
    }

    [Fact]
    public void Unknown_payload_types_pass_when_the_options_allow_them()
    {
        var bytes = V2gtpWriter.WriteFrame(new V2gtpPayloadType(0xA123), new byte[] { 1, 2 });
        var buffer = Sequences.SplitAt(bytes, 3);
        var reader = new V2gtpFrameReader(new V2gtpReaderOptions { AllowUnknownPayloadTypes = true });

        Assert.True(reader.TryReadFrame(ref buffer, out var frame, out _));
        Assert.Equal(0xA123, frame.PayloadType.Value);
    }

    private static List<V2gtpFrame> ReadAll(ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> rest)
    {
        var reader = new V2gtpFrameReader();
        var frames = new List<V2gtpFrame>();
        V2gtpError? error;
        while (reader.TryReadFrame(ref buffer, out var frame, out error))
        {
            frames.Add(frame);
        }

        Assert.Null(error);
        rest = buffer;
        return frames;
    }
}
