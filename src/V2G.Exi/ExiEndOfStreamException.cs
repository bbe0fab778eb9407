using System.Globalization;

namespace V2G.Exi;

/// <summary>The input ended before the stream was complete (a truncated stream).</summary>
public sealed class ExiEndOfStreamException : ExiDecodeException
{
    /// <summary>Creates an end-of-stream error for a read that needed more bits than were left.</summary>
    /// <param name="bitOffset">Bit offset where the failed read started.</param>
    /// <param name="requiredBits">Number of bits the read needed.</param>
    /// <param name="availableBits">Number of bits that were left in the input.</param>
    public ExiEndOfStreamException(long bitOffset, long requiredBits, long availableBits)
        : base(ComposeReason(requiredBits, availableBits), bitOffset)
    {
        RequiredBits = requiredBits;
        AvailableBits = availableBits;
    }

    /// <summary>Number of bits the failed read needed.</summary>
    public long RequiredBits { get; }

    /// <summary>Number of bits that were left in the input when the read failed.</summary>
    public long AvailableBits { get; }

    private static string ComposeReason(long requiredBits, long availableBits) => string.Format(
        CultureInfo.InvariantCulture,
        "Unexpected end of input (truncated stream): {0} bits needed, {1} available",
        requiredBits,
        availableBits);
}
