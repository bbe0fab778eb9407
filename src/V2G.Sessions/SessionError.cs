using V2G.Exi;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <summary>Why a frame or a stretch of a stream could not be decoded.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">One line saying what is wrong, with the values found and expected.</param>
/// <param name="StreamOffset">The byte offset in the direction's stream where the problem lies (-1 when fed frame by frame).</param>
/// <param name="Exi">The codec's error, for <see cref="SessionErrorKind.Decode"/>; its bit offset counts from the payload's first bit.</param>
/// <param name="Framing">The V2GTP reader's error, for <see cref="SessionErrorKind.Framing"/>, garbage and truncation; its offset
/// counts from the header that failed (at <paramref name="StreamOffset"/>), e.g. 4 for a payload length over the maximum.</param>
public sealed record SessionError(
    SessionErrorKind Kind, string Message, long StreamOffset, ExiError? Exi = null, V2gtpError? Framing = null)
{
    /// <summary>The bit offset in the EXI payload that the codec reports, or -1.</summary>
    public long BitOffset => Exi?.BitOffset ?? -1;

    /// <summary>The error as <c>Kind: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Message}";
}
