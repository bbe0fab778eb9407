using System;

namespace V2G.Transport.Capture;

/// <summary>A decoded UDP header and its payload (RFC 768).</summary>
/// <param name="SourcePort">The sender's port.</param>
/// <param name="DestinationPort">The receiver's port.</param>
/// <param name="Payload">The datagram's data, cut to the UDP length field.</param>
public sealed record UdpDatagram(ushort SourcePort, ushort DestinationPort, ReadOnlyMemory<byte> Payload);
