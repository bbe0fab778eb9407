using System;
using System.Collections.Generic;
using V2G.Transport.Capture;

namespace V2G.Sessions;

/// <summary>One direction's bytes, with the capture's timing and gaps when they come from a capture.</summary>
internal sealed record StreamInput(ReadOnlyMemory<byte> Data, TcpStream? Captured)
{
    internal IReadOnlyList<TcpGap> Gaps => Captured?.Gaps ?? [];

    internal static StreamInput From(TcpStream stream) => new(stream.Data, stream);

    internal static StreamInput From(ReadOnlyMemory<byte> data) => new(data, null);

    /// <summary>The capture time of a byte, or null without a capture.</summary>
    internal long? TimeAt(long offset) => Captured?.ChunkAt(offset)?.UnixTimeNanoseconds;
}
