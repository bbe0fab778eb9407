namespace V2G.Transport.Capture;

/// <summary>How <see cref="CaptureWriter"/> lays out its file.</summary>
public sealed record CaptureWriterOptions
{
    /// <summary>Whether to write big-endian (pcap: the magic's order; pcapng: the section's); little-endian otherwise.</summary>
    public bool BigEndian { get; init; }

    /// <summary>Whether timestamps are in nanoseconds (pcap magic A1B23C4D; pcapng if_tsresol 9); microseconds otherwise.</summary>
    public bool Nanoseconds { get; init; }

    /// <summary>The snapshot length written in the header; packets longer than it are cut (original length kept).</summary>
    public int SnapLength { get; init; } = 262_144;
}
