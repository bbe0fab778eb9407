using System.Buffers;
using System.Collections.Generic;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <content>Decoding from a receive buffer that holds whole and partial frames (a socket's or a <c>PipeReader</c>'s).</content>
public sealed partial class SessionDecoder
{
    private V2gtpFrameReader? evReader;
    private V2gtpFrameReader? evseReader;

    /// <summary>
    /// Decodes every complete frame at the start of <paramref name="buffer"/> and advances it past them; a partial frame at
    /// the end stays for the next call (with a <c>PipeReader</c>: advance to the buffer's start as consumed, its end as examined).
    /// </summary>
    /// <param name="direction">Which way the bytes went.</param>
    /// <param name="buffer">The received bytes not yet consumed.</param>
    /// <param name="messages">Where the decoded messages are added, in order.</param>
    /// <param name="unixTimeNanoseconds">When the bytes were received, when known.</param>
    /// <returns>
    /// <see langword="null"/> while the stream is well framed; otherwise the framing error (its offset counted over the whole
    /// direction's stream): after a bad header the stream cannot be framed further, and the caller decides whether to close.
    /// </returns>
    public SessionError? Decode(
        SessionDirection direction, ref ReadOnlySequence<byte> buffer, ICollection<SessionMessage> messages, long? unixTimeNanoseconds = null)
    {
        System.ArgumentNullException.ThrowIfNull(messages);
        V2gtpFrameReader reader = direction == SessionDirection.EvToEvse
            ? evReader ??= new V2gtpFrameReader(Options.Framing)
            : evseReader ??= new V2gtpFrameReader(Options.Framing);
        while (true)
        {
            long offset = reader.BytesConsumed;
            if (reader.TryReadFrame(ref buffer, out V2gtpFrame frame, out V2gtpError? error))
            {
                messages.Add(Decode(direction, frame, unixTimeNanoseconds, offset));
                continue;
            }

            return error is null ? null : new SessionError(SessionErrorKind.Framing, error.Message, error.Offset, Framing: error);
        }
    }
}
