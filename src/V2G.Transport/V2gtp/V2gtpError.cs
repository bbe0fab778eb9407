namespace V2G.Transport.V2gtp;

/// <summary>A V2GTP framing error: what is wrong, where, and a sentence saying it with the value found and the one expected.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Offset">
/// The byte offset of the offending field (or, for truncation, where the input ended), counted from the start of the input
/// given to the reader; for the streaming readers, from the first byte they ever read.
/// </param>
/// <param name="Message">A one-line description of the error.</param>
public sealed record V2gtpError(V2gtpErrorKind Kind, long Offset, string Message)
{
    /// <summary>The error as <c>Kind at byte N: message</c>.</summary>
    public override string ToString() => $"{Kind} at byte {Offset}: {Message}";
}
