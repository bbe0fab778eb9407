using System.Globalization;

namespace V2G.Exi;

/// <summary>The destination span is full: the encoded message does not fit.</summary>
public sealed class ExiBufferTooSmallException : ExiEncodeException
{
    /// <summary>Creates the error for a write that did not fit.</summary>
    /// <param name="bitOffset">Bit offset where the failed write started.</param>
    /// <param name="requiredBits">Number of bits the write needed.</param>
    /// <param name="availableBits">Number of bits that were left in the destination.</param>
    public ExiBufferTooSmallException(long bitOffset, long requiredBits, long availableBits)
        : base(ComposeReason(requiredBits, availableBits), bitOffset)
    {
        RequiredBits = requiredBits;
        AvailableBits = availableBits;
    }

    /// <summary>Number of bits the failed write needed.</summary>
    public long RequiredBits { get; }

    /// <summary>Number of bits that were left in the destination when the write failed.</summary>
    public long AvailableBits { get; }

    private static string ComposeReason(long requiredBits, long availableBits) => string.Format(
        CultureInfo.InvariantCulture,
        "Destination buffer is too small: {0} bits needed, {1} available",
        requiredBits,
        availableBits);
}
