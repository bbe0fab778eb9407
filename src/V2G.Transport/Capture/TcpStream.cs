using System;
using System.Collections.Generic;

namespace V2G.Transport.Capture;

/// <summary>
/// One direction of a TCP connection, reassembled by sequence number. Missing bytes are not filled in: <see cref="Data"/> holds
/// the bytes captured, in order, and <see cref="Gaps"/> says where bytes are missing between them.
/// </summary>
/// <param name="Data">The captured bytes in sequence order.</param>
/// <param name="Chunks">The ranges of <paramref name="Data"/> in order, each with the segment that delivered it.</param>
/// <param name="Gaps">Where bytes are missing, in order.</param>
/// <param name="RetransmittedBytes">Bytes received again with the same content (retransmissions), not added twice.</param>
/// <param name="ConflictingBytes">Bytes received again with different content; the first bytes received are kept
/// (as most receiving stacks do, RFC 9293 section 3.10.7.4 lets a receiver trim what it has).</param>
/// <param name="SynSeen">Whether the SYN of this direction was captured (else the stream starts at the first segment seen).</param>
/// <param name="FinSeen">Whether this direction sent FIN.</param>
/// <param name="ResetSeen">Whether this direction sent RST.</param>
public sealed record TcpStream(
    ReadOnlyMemory<byte> Data,
    IReadOnlyList<TcpStreamChunk> Chunks,
    IReadOnlyList<TcpGap> Gaps,
    long RetransmittedBytes,
    long ConflictingBytes,
    bool SynSeen,
    bool FinSeen,
    bool ResetSeen)
{
    /// <summary>The chunk that holds a byte of <see cref="Data"/>.</summary>
    /// <param name="offset">The byte's offset in <see cref="Data"/>.</param>
    /// <returns>The chunk, or null when the offset is outside the data.</returns>
    public TcpStreamChunk? ChunkAt(long offset)
    {
        int low = 0;
        int high = Chunks.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            TcpStreamChunk chunk = Chunks[middle];
            if (offset < chunk.Offset)
            {
                high = middle - 1;
            }
            else if (offset >= chunk.Offset + chunk.Length)
            {
                low = middle + 1;
            }
            else
            {
                return chunk;
            }
        }

        return null;
    }

    /// <summary>Whether bytes are missing anywhere within a range of <see cref="Data"/> (e.g. inside one V2GTP frame).</summary>
    /// <param name="offset">The range's start.</param>
    /// <param name="length">The range's length.</param>
    /// <returns>True when a gap lies strictly inside the range or at its start (other than at offset 0 of the stream).</returns>
    public bool HasGapWithin(long offset, long length)
    {
        foreach (TcpGap gap in Gaps)
        {
            if (gap.DataOffset > offset && gap.DataOffset < offset + length)
            {
                return true;
            }
        }

        return false;
    }
}
