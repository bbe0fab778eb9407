using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using V2G.Transport.Capture;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>The frames of one direction's stream and the bytes between them that were none.</summary>
internal sealed class StreamFrames
{
    private readonly StreamInput input;
    private readonly List<(SessionError Error, long Length)> problems = [];

    private StreamFrames(StreamInput input)
    {
        this.input = input;
    }

    internal List<ScannedFrame> Frames { get; } = [];

    /// <summary>
    /// Scans the stream. A capture gap breaks it into pieces scanned separately: bytes on both sides of a gap are not adjacent
    /// on the wire, so a frame never spans one; the piece after it starts with a resynchronisation.
    /// </summary>
    internal static StreamFrames Scan(StreamInput input, V2gtpReaderOptions options)
    {
        var result = new StreamFrames(input);
        long start = 0;
        foreach (TcpGap gap in input.Gaps.Where(g => g.DataOffset > 0 && g.DataOffset < input.Data.Length))
        {
            result.ScanPiece(start, gap.DataOffset, options);
            result.problems.Add((new SessionError(SessionErrorKind.CaptureGap,
                string.Create(CultureInfo.InvariantCulture, $"{gap.Length} bytes missing from the capture before stream offset {gap.DataOffset}"),
                gap.DataOffset), gap.Length));
            start = gap.DataOffset;
        }

        result.ScanPiece(start, input.Data.Length, options);
        return result;
    }

    /// <summary>The capture time of a frame: when its last byte arrived.</summary>
    internal long? TimeOf(ScannedFrame frame) => input.TimeAt(frame.Offset + frame.Frame.Length - 1);

    internal IEnumerable<StreamProblem> Problems(SessionDirection direction) =>
        problems.OrderBy(p => p.Error.StreamOffset)
            .Select(p => new StreamProblem(direction, p.Length, input.TimeAt(p.Error.StreamOffset), p.Error));

    private void ScanPiece(long start, long end, V2gtpReaderOptions options)
    {
        if (end > start)
        {
            FrameScanner.Scan(input.Data[(int)start..(int)end], start, options, Frames, problems);
        }
    }
}
