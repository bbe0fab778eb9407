using System;
using System.Buffers;

namespace V2G.Transport.V2gtp;

/// <summary>
/// Reads V2GTP frames from a byte sequence that arrives in pieces (a TCP stream, a <c>PipeReader</c>'s buffer), consuming a
/// whole frame or nothing.
/// </summary>
/// <remarks>
/// With a <c>PipeReader</c>: call <see cref="TryReadFrame"/> until it returns <see langword="false"/>; with no error, advance
/// the pipe to the sequence's start as consumed and its end as examined, and read again. Header fields are checked as soon
/// as their bytes are present, and the payload length against the maximum before any payload byte is awaited, so a bad
/// peer can neither make the caller buffer more than one maximal frame nor wait for data to learn it is wrong.
/// </remarks>
public sealed class V2gtpFrameReader
{
    /// <summary>Creates a reader.</summary>
    /// <param name="options">Bounds and strictness; <see langword="null"/> for <see cref="V2gtpReaderOptions.Default"/>.</param>
    public V2gtpFrameReader(V2gtpReaderOptions? options = null)
    {
        Options = options ?? V2gtpReaderOptions.Default;
    }

    /// <summary>The options this reader applies.</summary>
    public V2gtpReaderOptions Options { get; }

    /// <summary>The number of bytes of all frames read so far: the stream offset that error offsets are counted from.</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>Reads the next frame from the start of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">The unread bytes; on success advanced past the frame, otherwise left unchanged.</param>
    /// <param name="frame">The frame; its payload is copied, so it stays valid after the buffer is released.</param>
    /// <param name="error">
    /// <see langword="null"/> when <see langword="false"/> means "need more data"; otherwise why the stream cannot be read
    /// further (its offset counted over the whole stream, see <see cref="BytesConsumed"/>).
    /// </param>
    /// <returns>Whether a frame was read.</returns>
    public bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out V2gtpFrame frame, out V2gtpError? error)
    {
        frame = default;
        Span<byte> head = stackalloc byte[V2gtpHeader.Size];
        var headLength = (int)Math.Min(buffer.Length, V2gtpHeader.Size);
        buffer.Slice(0, headLength).CopyTo(head);

        var status = V2gtpHeaderCheck.Check(head[..headLength], Options, BytesConsumed, out var header, out error);
        if (status != V2gtpHeaderCheck.Status.Valid)
        {
            return false;
        }

        var frameLength = V2gtpHeader.Size + (long)header.PayloadLength;
        if (buffer.Length < frameLength)
        {
            return false;
        }

        // The length was checked against the maximum above, so this allocation is bounded.
        var payload = new byte[header.PayloadLength];
        buffer.Slice(V2gtpHeader.Size, payload.Length).CopyTo(payload);
        buffer = buffer.Slice(frameLength);
        BytesConsumed += frameLength;
        frame = V2gtpFrame.FromChecked(header, payload);
        return true;
    }
}
