using System;

namespace V2G.Transport.Capture;

/// <summary>A byte range of a reassembled stream and the segment that delivered it first.</summary>
/// <param name="Offset">The range's start in <see cref="TcpStream.Data"/>.</param>
/// <param name="Length">The range's length.</param>
/// <param name="UnixTimeNanoseconds">The capture time of the delivering segment, in nanoseconds since 1970-01-01 UTC.</param>
/// <param name="PacketIndex">The delivering segment's packet index in the capture (-1 when not given).</param>
public sealed record TcpStreamChunk(long Offset, int Length, long UnixTimeNanoseconds, int PacketIndex)
{
    /// <summary>The capture time in seconds since 1970-01-01 UTC.</summary>
    public double EpochSeconds => UnixTimeNanoseconds / 1e9;

    /// <summary>The capture time (to 100 ns).</summary>
    public DateTimeOffset Timestamp => DateTimeOffset.UnixEpoch.AddTicks(UnixTimeNanoseconds / 100);
}
