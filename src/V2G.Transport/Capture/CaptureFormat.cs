using System;

namespace V2G.Transport.Capture;

/// <summary>The container format of a capture file.</summary>
public enum CaptureFormat
{
    /// <summary>The classic libpcap format (one global header, then records).</summary>
    Pcap,

    /// <summary>The pcapng block format (draft-ietf-opsawg-pcapng).</summary>
    PcapNg,
}
