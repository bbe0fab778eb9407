using System;

namespace V2G.Transport.Capture;

/// <summary>A decoded TCP header and its payload (RFC 9293 section 3.1).</summary>
/// <param name="SourcePort">The sender's port.</param>
/// <param name="DestinationPort">The receiver's port.</param>
/// <param name="SequenceNumber">The sequence number of the first payload byte (of the SYN when SYN is set).</param>
/// <param name="AcknowledgmentNumber">The next sequence number the sender expects.</param>
/// <param name="Flags">The control bits.</param>
/// <param name="Window">The receive window.</param>
/// <param name="OptionsLength">The length of the options, in bytes (data offset times 4, less 20).</param>
/// <param name="Payload">The segment's data.</param>
public sealed record TcpSegment(
    ushort SourcePort,
    ushort DestinationPort,
    uint SequenceNumber,
    uint AcknowledgmentNumber,
    TcpFlags Flags,
    ushort Window,
    int OptionsLength,
    ReadOnlyMemory<byte> Payload)
{
    /// <summary>Whether the segment has all of the given flags.</summary>
    /// <param name="flags">The flags to test.</param>
    /// <returns>True when every flag of <paramref name="flags"/> is set.</returns>
    public bool Has(TcpFlags flags) => (Flags & flags) == flags;
}
