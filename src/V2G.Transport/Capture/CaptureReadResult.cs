using System;
using System.Collections.Generic;

namespace V2G.Transport.Capture;

/// <summary>What a capture file held: its packets and interfaces, and the problems met while reading it.</summary>
/// <param name="Format">The file's format; null when the input is not a capture.</param>
/// <param name="Interfaces">The capture interfaces, indexed by <see cref="CapturedPacket.InterfaceId"/>.</param>
/// <param name="Packets">The packets read, in file order (up to the first structural error, if any).</param>
/// <param name="Problems">The problems met; reading stops at the first one that leaves the file structure unknown.</param>
public sealed record CaptureReadResult(
    CaptureFormat? Format,
    IReadOnlyList<CaptureInterface> Interfaces,
    IReadOnlyList<CapturedPacket> Packets,
    IReadOnlyList<CaptureError> Problems)
{
    /// <summary>Whether the whole file was read (no problem stopped the reader before the end of the file).</summary>
    public bool IsComplete { get; init; } = true;
}
