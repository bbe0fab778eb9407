using System;

namespace V2G.Transport.Capture;

/// <summary>One packet of a capture file, as stored: its link type, time and the captured bytes.</summary>
/// <param name="Index">The packet's position in the file, from 0.</param>
/// <param name="InterfaceId">The pcapng interface the packet was captured on (0 for classic pcap).</param>
/// <param name="LinkType">The link-layer header type of <paramref name="Data"/>.</param>
/// <param name="UnixTimeNanoseconds">The capture time in nanoseconds since 1970-01-01 UTC; null for a pcapng Simple Packet Block.</param>
/// <param name="OriginalLength">The packet's length on the wire; larger than <paramref name="Data"/> when the capture cut it.</param>
/// <param name="DataOffset">The byte offset of <paramref name="Data"/> in the capture file, to which decoding errors refer.</param>
/// <param name="Data">The captured bytes, starting with the link-layer header.</param>
public sealed record CapturedPacket(
    int Index,
    int InterfaceId,
    LinkType LinkType,
    long? UnixTimeNanoseconds,
    long OriginalLength,
    long DataOffset,
    ReadOnlyMemory<byte> Data)
{
    /// <summary>The capture time (to the 100 ns a <see cref="DateTimeOffset"/> holds), or null when the file gives none.</summary>
    public DateTimeOffset? Timestamp =>
        UnixTimeNanoseconds is long ns ? DateTimeOffset.UnixEpoch.AddTicks(ns / 100) : null;

    /// <summary>The capture time in seconds since 1970-01-01 UTC, or null when the file gives none.</summary>
    public double? EpochSeconds => UnixTimeNanoseconds is long ns ? ns / 1e9 : null;

    /// <summary>Whether the capture stored fewer bytes than the packet had on the wire (snapshot length).</summary>
    public bool IsTruncated => Data.Length < OriginalLength;
}
