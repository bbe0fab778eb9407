using System;
using System.Net;

namespace V2G.Transport.Capture;

/// <summary>A UDP datagram of a capture with its endpoints and time (SDP runs over UDP port 15118, ISO 15118-2 section 7.10).</summary>
/// <param name="Source">The sender's address and port.</param>
/// <param name="Destination">The receiver's address and port.</param>
/// <param name="UnixTimeNanoseconds">The capture time, in nanoseconds since 1970-01-01 UTC.</param>
/// <param name="PacketIndex">The packet's index in the capture.</param>
/// <param name="Payload">The datagram's data.</param>
public sealed record CapturedDatagram(
    IPEndPoint Source,
    IPEndPoint Destination,
    long UnixTimeNanoseconds,
    int PacketIndex,
    ReadOnlyMemory<byte> Payload)
{
    /// <summary>The capture time in seconds since 1970-01-01 UTC.</summary>
    public double EpochSeconds => UnixTimeNanoseconds / 1e9;

    /// <summary>The capture time (to 100 ns).</summary>
    public DateTimeOffset Timestamp => DateTimeOffset.UnixEpoch.AddTicks(UnixTimeNanoseconds / 100);
}
