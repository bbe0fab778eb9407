using System;

namespace V2G.Exi;

/// <summary>A value cannot be encoded (for example a negative unsigned integer or a lone surrogate in a string).</summary>
public class ExiEncodeException : ExiException
{
    /// <summary>Creates an encode error.</summary>
    /// <param name="reason">What went wrong, as one sentence without the offset or path.</param>
    /// <param name="bitOffset">Bit offset in the output where the value would have started, or -1 when not applicable.</param>
    public ExiEncodeException(string reason, long bitOffset)
        : base(reason, bitOffset)
    {
    }

    /// <summary>Creates an encode error with its cause.</summary>
    /// <param name="reason">What went wrong, as one sentence without the offset or path.</param>
    /// <param name="bitOffset">Bit offset in the output where the value would have started, or -1 when not applicable.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ExiEncodeException(string reason, long bitOffset, Exception? innerException)
        : base(reason, bitOffset, innerException)
    {
    }
}
