using System;

namespace V2G.Transport.V2gtp;

/// <summary>Frames payloads with a V2GTP header.</summary>
public static class V2gtpWriter
{
    /// <summary>The size of the frame of a payload of <paramref name="payloadLength"/> bytes.</summary>
    /// <param name="payloadLength">The payload length; at most <see cref="int.MaxValue"/> minus the header size.</param>
    /// <returns>The header size plus the payload length.</returns>
    public static int GetFrameLength(int payloadLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(payloadLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payloadLength, int.MaxValue - V2gtpHeader.Size);
        return V2gtpHeader.Size + payloadLength;
    }

    /// <summary>Writes the header and the payload into <paramref name="destination"/>; nothing is written when it is too small.</summary>
    /// <param name="payloadType">The payload type.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="destination">Where to write; needs <see cref="GetFrameLength"/> bytes.</param>
    /// <param name="bytesWritten">The frame length on success, 0 otherwise.</param>
    /// <returns>Whether the destination had room for the frame.</returns>
    public static bool TryWriteFrame(
        V2gtpPayloadType payloadType, ReadOnlySpan<byte> payload, Span<byte> destination, out int bytesWritten)
    {
        var length = GetFrameLength(payload.Length);
        if (destination.Length < length)
        {
            bytesWritten = 0;
            return false;
        }

        new V2gtpHeader(payloadType, (uint)payload.Length).TryWrite(destination, out _);
        payload.CopyTo(destination[V2gtpHeader.Size..]);
        bytesWritten = length;
        return true;
    }

    /// <summary>The framed payload as a new array of exactly the frame's length.</summary>
    /// <param name="payloadType">The payload type.</param>
    /// <param name="payload">The payload.</param>
    /// <returns>Header followed by payload.</returns>
    public static byte[] WriteFrame(V2gtpPayloadType payloadType, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[GetFrameLength(payload.Length)];
        TryWriteFrame(payloadType, payload, frame, out _);
        return frame;
    }
}
