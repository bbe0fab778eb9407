using System;
using System.Diagnostics.CodeAnalysis;

namespace V2G.Transport.V2gtp;

/// <summary>One V2GTP message: its header and the payload bytes the header announces.</summary>
public readonly struct V2gtpFrame
{
    /// <summary>Creates a frame for a payload; the header's length is the payload's.</summary>
    /// <param name="payloadType">The payload type.</param>
    /// <param name="payload">The payload bytes (not copied).</param>
    public V2gtpFrame(V2gtpPayloadType payloadType, ReadOnlyMemory<byte> payload)
        : this(new V2gtpHeader(payloadType, (uint)payload.Length), payload)
    {
    }

    private V2gtpFrame(V2gtpHeader header, ReadOnlyMemory<byte> payload)
    {
        Header = header;
        Payload = payload;
    }

    /// <summary>The header.</summary>
    public V2gtpHeader Header { get; }

    /// <summary>The payload type (shortcut for <c>Header.PayloadType</c>).</summary>
    public V2gtpPayloadType PayloadType => Header.PayloadType;

    /// <summary>The payload bytes; exactly <see cref="V2gtpHeader.PayloadLength"/> of them.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>The size of the frame on the wire: header plus payload.</summary>
    public int Length => V2gtpHeader.Size + Payload.Length;

    /// <summary>
    /// Reads one frame from the start of a complete buffer, such as a UDP datagram or a stored message; bytes after the
    /// frame are left for the caller (see <paramref name="bytesConsumed"/>).
    /// </summary>
    /// <param name="source">The input, starting at the header.</param>
    /// <param name="options">Bounds and strictness; <see langword="null"/> for <see cref="V2gtpReaderOptions.Default"/>.</param>
    /// <param name="frame">The frame; its payload is a slice of <paramref name="source"/>, not a copy.</param>
    /// <param name="bytesConsumed">The frame's length on success, 0 otherwise.</param>
    /// <param name="error">Why no frame could be read, including truncation of the header or the payload.</param>
    /// <returns>Whether a frame was read.</returns>
    public static bool TryRead(
        ReadOnlyMemory<byte> source,
        V2gtpReaderOptions? options,
        out V2gtpFrame frame,
        out int bytesConsumed,
        [NotNullWhen(false)] out V2gtpError? error)
    {
        frame = default;
        bytesConsumed = 0;
        if (!V2gtpHeader.TryRead(source.Span, options, out var header, out error))
        {
            return false;
        }

        var available = source.Length - V2gtpHeader.Size;
        if (available < header.PayloadLength)
        {
            error = V2gtpHeaderCheck.TruncatedPayload(header, available, 0);
            return false;
        }

        var length = (int)header.PayloadLength; // bounded by the options' maximum, itself below int.MaxValue - 8
        frame = new V2gtpFrame(header, source.Slice(V2gtpHeader.Size, length));
        bytesConsumed = V2gtpHeader.Size + length;
        return true;
    }

    /// <summary>Writes the frame (header and payload) into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write; needs <see cref="Length"/> bytes.</param>
    /// <param name="bytesWritten">The frame's length on success, 0 otherwise.</param>
    /// <returns>Whether the destination had room for the frame.</returns>
    public bool TryWrite(Span<byte> destination, out int bytesWritten) =>
        V2gtpWriter.TryWriteFrame(PayloadType, Payload.Span, destination, out bytesWritten);

    /// <summary>The frame as a new array of exactly <see cref="Length"/> bytes.</summary>
    /// <returns>The encoded frame.</returns>
    public byte[] ToArray() => V2gtpWriter.WriteFrame(PayloadType, Payload.Span);

    /// <summary>Internal construction from a header already checked against the payload.</summary>
    internal static V2gtpFrame FromChecked(V2gtpHeader header, ReadOnlyMemory<byte> payload) => new(header, payload);

    /// <summary>The header's description.</summary>
    public override string ToString() => Header.ToString();
}
