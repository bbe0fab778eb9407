using System;

namespace V2G.Transport.V2gtp;

/// <summary>How strictly V2GTP headers are read, and the bound on payload lengths taken from the wire.</summary>
public sealed record V2gtpReaderOptions
{
    private readonly int _maxPayloadLength = TransportLimits.DefaultMaxV2gtpPayload;

    /// <summary>The default options: known payload types only, at most <see cref="TransportLimits.DefaultMaxV2gtpPayload"/> bytes.</summary>
    public static V2gtpReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest payload length accepted; a header declaring more is an error before any payload byte is awaited or
    /// allocated. At most <see cref="int.MaxValue"/> minus the header size.
    /// </summary>
    public int MaxPayloadLength
    {
        get => _maxPayloadLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, int.MaxValue - V2gtpHeader.Size);
            _maxPayloadLength = value;
        }
    }

    /// <summary>
    /// Whether payload types that no standard defines (including manufacturer-specific ones) are accepted, as a capture
    /// reader wants; by default they are an <see cref="V2gtpErrorKind.UnknownPayloadType"/> error.
    /// </summary>
    public bool AllowUnknownPayloadTypes { get; init; }
}
