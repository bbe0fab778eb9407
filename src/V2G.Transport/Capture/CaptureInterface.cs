using System;

namespace V2G.Transport.Capture;

/// <summary>A capture interface: one for a classic pcap file, one per Interface Description Block in pcapng.</summary>
/// <param name="Id">The interface's index in its file (pcapng: across sections, in order of appearance).</param>
/// <param name="LinkType">The link-layer header type of its packets.</param>
/// <param name="SnapLength">The most bytes captured per packet; 0 when unlimited.</param>
/// <param name="TimestampUnitsPerSecond">How many timestamp units make a second (pcap: 10^6 or 10^9; pcapng: if_tsresol).</param>
public sealed record CaptureInterface(int Id, LinkType LinkType, long SnapLength, decimal TimestampUnitsPerSecond);
