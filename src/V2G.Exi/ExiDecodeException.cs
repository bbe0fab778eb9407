using System;

namespace V2G.Exi;

/// <summary>The input is not a valid EXI stream for the V2G profile, or it cannot be decoded.</summary>
public class ExiDecodeException : ExiException
{
    /// <summary>Creates a decode error.</summary>
    /// <param name="reason">What went wrong, as one sentence without the offset or path.</param>
    /// <param name="bitOffset">Bit offset in the stream where the problem was found, or -1 when not applicable.</param>
    public ExiDecodeException(string reason, long bitOffset)
        : base(reason, bitOffset)
    {
    }

    /// <summary>Creates a decode error with its cause.</summary>
    /// <param name="reason">What went wrong, as one sentence without the offset or path.</param>
    /// <param name="bitOffset">Bit offset in the stream where the problem was found, or -1 when not applicable.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ExiDecodeException(string reason, long bitOffset, Exception? innerException)
        : base(reason, bitOffset, innerException)
    {
    }
}
