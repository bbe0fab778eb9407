using System;

namespace V2G.Transport.Capture;

/// <summary>Bounds the capture reader applies to every length it reads from a file, so a hostile file cannot make it allocate.</summary>
public sealed record CaptureLimits
{
    /// <summary>The default limits.</summary>
    public static CaptureLimits Default { get; } = new();

    /// <summary>The largest capture file read from a stream, in bytes (default 512 MiB).</summary>
    public int MaxCaptureBytes { get; init; } = 512 * 1024 * 1024;

    /// <summary>The largest captured packet accepted, in bytes (default 262144, the limit libpcap and Wireshark apply).</summary>
    public int MaxPacketBytes { get; init; } = 262_144;

    /// <summary>The largest pcapng block accepted, in bytes (default 16 MiB).</summary>
    public int MaxBlockBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most interfaces one pcapng section may describe (default 1024).</summary>
    public int MaxInterfaces { get; init; } = 1024;
}
