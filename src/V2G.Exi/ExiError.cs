using System;

namespace V2G.Exi;

/// <summary>
/// An EXI error captured as a value, for Try-pattern APIs: the reason, bit offset, element path and composed message
/// of an <see cref="ExiException"/>.
/// </summary>
public sealed class ExiError
{
    /// <summary>Creates an error value.</summary>
    /// <param name="kind">What kind of error it is.</param>
    /// <param name="reason">What went wrong, without the offset or path.</param>
    /// <param name="bitOffset">Bit offset where the problem was found, or -1 when not applicable.</param>
    /// <param name="elementPath">Path of the element being processed; empty when unknown.</param>
    /// <param name="message">The full message (reason, offset and path).</param>
    public ExiError(ExiErrorKind kind, string reason, long bitOffset, string elementPath, string message)
    {
        Kind = kind;
        Reason = reason ?? string.Empty;
        BitOffset = bitOffset < 0 ? -1 : bitOffset;
        ElementPath = elementPath ?? string.Empty;
        Message = message ?? string.Empty;
    }

    /// <summary>What kind of error it is.</summary>
    public ExiErrorKind Kind { get; }

    /// <summary>What went wrong, without the bit offset and the element path.</summary>
    public string Reason { get; }

    /// <summary>Bit offset where the problem was found, or -1 when not applicable.</summary>
    public long BitOffset { get; }

    /// <summary>Path of the element being processed; empty when unknown.</summary>
    public string ElementPath { get; }

    /// <summary>The reason followed by the bit offset and the element path.</summary>
    public string Message { get; }

    /// <summary>Captures the reason, bit offset, element path and message of an exception.</summary>
    /// <param name="exception">The exception to capture.</param>
    /// <returns>The error value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static ExiError From(ExiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ExiErrorKind kind = exception switch
        {
            ExiBufferTooSmallException => ExiErrorKind.BufferTooSmall,
            ExiEncodeException => ExiErrorKind.Encode,
            ExiEndOfStreamException => ExiErrorKind.EndOfStream,
            ExiStringTableHitException => ExiErrorKind.StringTableHit,
            ExiDecodeException => ExiErrorKind.Decode,
            _ => ExiErrorKind.General,
        };
        return new ExiError(kind, exception.Reason, exception.BitOffset, exception.ElementPath, exception.Message);
    }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The full message.</returns>
    public override string ToString() => Message;
}
