using System;
using System.Collections.Generic;

namespace V2G.Transport.Capture;

/// <summary>
/// Collects the segments of one direction and builds its stream. Sequence numbers are unwrapped into 64-bit offsets relative
/// to the first one seen (RFC 9293 section 3.4: sequence arithmetic is modulo 2^32), so streams crossing 2^32 stay in order.
/// Segments are placed in arrival order; a byte already placed is kept, so the first copy received wins.
/// </summary>
internal sealed class TcpDirectionBuilder
{
    private readonly List<Piece> pieces = [];
    private readonly List<Piece> arrivals = [];
    private bool haveReference;
    private uint referenceSequence;
    private long highestOffset;
    private long? synDataStart;
    private long? finOffset;

    public bool SynSeen => synDataStart is not null;

    public uint? SynSequence { get; private set; }

    public bool FinSeen => finOffset is not null;

    public bool ResetSeen { get; private set; }

    public void Add(TcpSegment segment, long time, int packetIndex)
    {
        long offset = Unwrap(segment.SequenceNumber);
        if (segment.Has(TcpFlags.Syn))
        {
            // The SYN occupies one sequence number; data (if any, e.g. TCP Fast Open) starts after it.
            SynSequence ??= segment.SequenceNumber;
            synDataStart ??= offset + 1;
            offset++;
        }

        if (segment.Has(TcpFlags.Rst))
        {
            ResetSeen = true;
        }

        if (segment.Has(TcpFlags.Fin))
        {
            finOffset ??= offset + segment.Payload.Length;
        }

        if (!segment.Payload.IsEmpty && !segment.Has(TcpFlags.Rst))
        {
            arrivals.Add(new Piece(offset, offset + segment.Payload.Length, segment.Payload, time, packetIndex));
        }
    }

    public TcpStream Build()
    {
        long start = synDataStart ?? MinimumStart();
        long retransmitted = 0;
        long conflicting = 0;
        foreach (Piece arrival in arrivals)
        {
            Piece piece = arrival.TrimBelow(start);
            if (piece.Start < piece.End)
            {
                Place(piece, ref retransmitted, ref conflicting);
            }
        }

        return Concatenate(start, retransmitted, conflicting);
    }

    private long Unwrap(uint sequence)
    {
        if (!haveReference)
        {
            haveReference = true;
            referenceSequence = sequence;
            return 0;
        }

        // The signed 32-bit distance from the highest offset so far: correct while segments stay within 2^31 of it.
        uint expected = unchecked(referenceSequence + (uint)highestOffset);
        long offset = highestOffset + unchecked((int)(sequence - expected));
        highestOffset = Math.Max(highestOffset, offset);
        return offset;
    }

    private long MinimumStart()
    {
        long minimum = 0;
        bool any = false;
        foreach (Piece arrival in arrivals)
        {
            minimum = any ? Math.Min(minimum, arrival.Start) : arrival.Start;
            any = true;
        }

        return minimum;
    }

    private void Place(Piece piece, ref long retransmitted, ref long conflicting)
    {
        int index = FirstEndingAfter(piece.Start);
        long cursor = piece.Start;
        while (cursor < piece.End)
        {
            if (index < pieces.Count && pieces[index].Start < piece.End)
            {
                Piece held = pieces[index];
                if (held.Start > cursor)
                {
                    pieces.Insert(index, piece.Slice(cursor, held.Start));
                    index++;
                }

                long overlapStart = Math.Max(cursor, held.Start);
                long overlapEnd = Math.Min(piece.End, held.End);
                ReadOnlySpan<byte> kept = held.Bytes(overlapStart, overlapEnd);
                ReadOnlySpan<byte> again = piece.Bytes(overlapStart, overlapEnd);
                for (int i = 0; i < kept.Length; i++)
                {
                    if (kept[i] == again[i])
                    {
                        retransmitted++;
                    }
                    else
                    {
                        conflicting++;
                    }
                }

                cursor = overlapEnd;
                index++;
            }
            else
            {
                pieces.Insert(index, piece.Slice(cursor, piece.End));
                cursor = piece.End;
            }
        }
    }

    private int FirstEndingAfter(long offset)
    {
        int low = 0;
        int high = pieces.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (pieces[middle].End > offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private TcpStream Concatenate(long start, long retransmitted, long conflicting)
    {
        long total = 0;
        foreach (Piece piece in pieces)
        {
            total += piece.End - piece.Start;
        }

        // The pieces are slices of captured packets, so their sum is bounded by the capture's size (CaptureLimits).
        byte[] data = new byte[total];
        var chunks = new List<TcpStreamChunk>(pieces.Count);
        var gaps = new List<TcpGap>();
        long expected = start;
        int position = 0;
        foreach (Piece piece in pieces)
        {
            if (piece.Start > expected)
            {
                gaps.Add(new TcpGap(position, expected - start, piece.Start - expected));
            }

            piece.Data.Span.CopyTo(data.AsSpan(position));
            chunks.Add(new TcpStreamChunk(position, piece.Data.Length, piece.Time, piece.PacketIndex));
            position += piece.Data.Length;
            expected = piece.End;
        }

        if (finOffset is long fin && fin > expected && pieces.Count > 0)
        {
            gaps.Add(new TcpGap(position, expected - start, fin - expected));
        }

        return new TcpStream(data, chunks, gaps, retransmitted, conflicting, SynSeen, FinSeen, ResetSeen);
    }

    private readonly record struct Piece(long Start, long End, ReadOnlyMemory<byte> Data, long Time, int PacketIndex)
    {
        public Piece Slice(long from, long to) => this with { Start = from, End = to, Data = Data.Slice((int)(from - Start), (int)(to - from)) };

        public Piece TrimBelow(long offset) =>
            offset <= Start ? this : offset >= End ? this with { Start = End, Data = default } : Slice(offset, End);

        public ReadOnlySpan<byte> Bytes(long from, long to) => Data.Span.Slice((int)(from - Start), (int)(to - from));
    }
}
