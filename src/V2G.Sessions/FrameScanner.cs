using System;
using System.Collections.Generic;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>
/// Cuts one direction's contiguous bytes into V2GTP frames. After a bad header it skips forward to the next offset where a
/// header can be verified (see <see cref="IsVerifiedFrameAt"/>) and reports the skipped bytes; every step advances by at
/// least one byte, so the scan ends.
/// </summary>
internal static class FrameScanner
{
    /// <summary>Scans <paramref name="data"/>, whose first byte lies at <paramref name="baseOffset"/> in the stream.</summary>
    internal static void Scan(
        ReadOnlyMemory<byte> data,
        long baseOffset,
        V2gtpReaderOptions options,
        List<ScannedFrame> frames,
        List<(SessionError Error, long Length)> problems)
    {
        int position = 0;
        while (position < data.Length)
        {
            ReadOnlyMemory<byte> rest = data[position..];
            if (V2gtpFrame.TryRead(rest, options, out V2gtpFrame frame, out int used, out V2gtpError? error))
            {
                frames.Add(new ScannedFrame(baseOffset + position, frame));
                position += used;
                continue;
            }

            if (error.Kind is V2gtpErrorKind.TruncatedHeader or V2gtpErrorKind.TruncatedPayload)
            {
                int next = FindNextFrame(data.Span, position + 1, options);
                if (next < 0)
                {
                    problems.Add((new SessionError(SessionErrorKind.TruncatedFrame,
                        $"stream ends inside a frame: {error.Message}", baseOffset + position, Framing: error), rest.Length));
                    return;
                }

                // A declared length that runs past a verified header is garbage that happened to start like a header.
                problems.Add((Garbage(baseOffset + position, next - position, error), next - position));
                position = next;
                continue;
            }

            int resume = FindNextFrame(data.Span, position + 1, options);
            int skipped = (resume < 0 ? data.Length : resume) - position;
            problems.Add((Garbage(baseOffset + position, skipped, error), skipped));
            if (resume < 0)
            {
                return;
            }

            position = resume;
        }
    }

    private static SessionError Garbage(long offset, int length, V2gtpError error) =>
        new(error.Kind is V2gtpErrorKind.WrongProtocolVersion or V2gtpErrorKind.WrongInverseProtocolVersion
                ? SessionErrorKind.Garbage : SessionErrorKind.Framing,
            $"{length} bytes skipped at stream offset {offset}: {error.Message}", offset, Framing: error);

    /// <summary>The first offset from <paramref name="start"/> where a verified frame begins, or -1.</summary>
    private static int FindNextFrame(ReadOnlySpan<byte> data, int start, V2gtpReaderOptions options)
    {
        for (int candidate = start; candidate + V2gtpHeader.Size <= data.Length; candidate++)
        {
            if (data[candidate] == V2gtpHeader.ProtocolVersion && IsVerifiedFrameAt(data, candidate, options))
            {
                return candidate;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a frame can safely be assumed at <paramref name="offset"/>: a valid header (version 0x01, inverse 0xFE) of an EXI
    /// message payload type, a payload length within the maximum and complete in the data, and a payload starting with the
    /// EXI header byte 0x80 (no options, no cookie: ISO 15118-2 and DIN 70121 fix the EXI options out of band, so none are
    /// sent). Three fixed bytes, one of 11 payload types and a bounded length: random bytes match far less than once in 2^36. A following
    /// header is not required: garbage may follow a frame as well as precede it.
    /// </summary>
    private static bool IsVerifiedFrameAt(ReadOnlySpan<byte> data, int offset, V2gtpReaderOptions options)
    {
        ReadOnlySpan<byte> rest = data[offset..];
        if (!V2gtpHeader.TryRead(rest, options, out V2gtpHeader header, out _) || !IsMessageType(header.PayloadType))
        {
            return false;
        }

        long end = V2gtpHeader.Size + (long)header.PayloadLength;
        return header.PayloadLength > 0 && end <= rest.Length && rest[V2gtpHeader.Size] == 0x80;
    }

    private static bool IsMessageType(V2gtpPayloadType type) => type.IsExiMessage || type.Value is >= 0x8101 and <= 0x8104;
}
