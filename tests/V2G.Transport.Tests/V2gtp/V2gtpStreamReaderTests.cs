using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using V2G.Transport.V2gtp;
using Xunit;

namespace V2G.Transport.Tests.V2gtp;

public sealed class V2gtpStreamReaderTests
{
    private static readonly byte[] Stream = FrameSamples.Stream();

    public static IEnumerable<object[]> ChunkSizes() => Enumerable.Range(1, Stream.Length).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task Frames_arriving_in_reads_of_any_size_are_read_whole(int chunk)
    {
        var reader = new V2gtpStreamReader(new TrickleStream(Stream, chunk));

        var results = await Collect(reader);

        Assert.All(results, r => Assert.True(r.HasFrame, r.ToString()));
        Assert.Equal(FrameSamples.Expected(), results.Select(r => FrameSamples.Describe(r.Frame)));
        Assert.Equal(Stream.Length, reader.BytesConsumed);
    }

    [Fact]
    public async Task A_clean_end_is_the_end_of_stream_and_stays_so()
    {
        var reader = new V2gtpStreamReader(new MemoryStream(Array.Empty<byte>()));

        Assert.True((await reader.ReadFrameAsync()).IsEndOfStream);
        Assert.True((await reader.ReadFrameAsync()).IsEndOfStream);
    }

    [Fact]
    public async Task A_frame_larger_than_the_initial_buffer_is_read_whole()
    {
        var payload = Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray();
        var reader = new V2gtpStreamReader(new TrickleStream(V2gtpWriter.WriteFrame(V2gtpPayloadType.Iso20CommonMessages, payload), 999));

        var result = await reader.ReadFrameAsync();

        Assert.True(result.HasFrame, result.ToString());
        Assert.Equal(payload, result.Frame.Payload.ToArray());
        Assert.True((await reader.ReadFrameAsync()).IsEndOfStream);
    }

    [Fact]
    public async Task A_stream_ending_inside_a_payload_is_a_truncated_payload_after_the_complete_frames()
    {
        var cut = Stream.Length - 1;
        var reader = new V2gtpStreamReader(new TrickleStream(Stream[..cut], 4));

        var results = await Collect(reader);

        Assert.Equal(FrameSamples.Frames.Length, results.Count);
        var error = results[^1].Error;
        Assert.NotNull(error);
        Assert.Equal(V2gtpErrorKind.TruncatedPayload, error.Kind);
        Assert.Equal(cut, error.Offset);
        Assert.Equal(error, (await reader.ReadFrameAsync()).Error);
    }

    [Fact]
    public async Task A_stream_ending_inside_a_header_is_a_truncated_header_where_it_ends()
    {
        var bytes = Stream.Concat(new byte[] { 0x01, 0xFE, 0x80 }).ToArray();
        var reader = new V2gtpStreamReader(new MemoryStream(bytes));

        var results = await Collect(reader);

        var error = results[^1].Error;
        Assert.NotNull(error);
        Assert.Equal(V2gtpErrorKind.TruncatedHeader, error.Kind);
        Assert.Equal(bytes.Length, error.Offset);
    }

    [Fact]
    public async Task A_length_over_the_maximum_is_reported_without_reading_past_the_header()
    {
        var header = new V2gtpHeader(V2gtpPayloadType.Exi, 5000).ToArray();
        var stream = new TrickleStream(header.Concat(new byte[5000]).ToArray(), chunk: 8, failAfter: 8);
        var reader = new V2gtpStreamReader(stream, new V2gtpReaderOptions { MaxPayloadLength = 4096 });

        var result = await reader.ReadFrameAsync();

        Assert.NotNull(result.Error);
        Assert.Equal(V2gtpErrorKind.PayloadTooLarge, result.Error.Kind);
        Assert.Equal(4, result.Error.Offset);
    }

    [Fact]
    public async Task A_wrong_inverse_version_in_the_second_frame_gives_its_stream_offset()
    {
        var bytes = Stream.ToArray();
        var second = 8 + FrameSamples.Frames[0].Payload.Length;
        bytes[second + 1] = 0xEF;

        var results = await Collect(new V2gtpStreamReader(new TrickleStream(bytes, 5)));

        Assert.Equal(2, results.Count);
        Assert.True(results[0].HasFrame);
        Assert.NotNull(results[1].Error);
        Assert.Equal(V2gtpErrorKind.WrongInverseProtocolVersion, results[1].Error!.Kind);
        Assert.Equal(second + 1, results[1].Error!.Offset);
    }

    [Fact]
    public void A_stream_that_cannot_be_read_is_refused()
    {
        using var stream = new MemoryStream(new byte[1]);
        stream.Dispose();

        Assert.Throws<ArgumentException>(() => new V2gtpStreamReader(stream));
    }

    private static async Task<List<V2gtpReadResult>> Collect(V2gtpStreamReader reader)
    {
        var results = new List<V2gtpReadResult>();
        await foreach (var result in reader.ReadFramesAsync())
        {
            results.Add(result);
        }

        return results;
    }
}
