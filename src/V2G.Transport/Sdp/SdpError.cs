using V2G.Transport.V2gtp;

namespace V2G.Transport.Sdp;

/// <summary>An SDP decoding error: what is wrong, where, and a sentence with the value found and the one expected.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Offset">
/// The byte offset of the offending field: from the payload start when a payload was parsed, from the datagram start when
/// a datagram was.
/// </param>
/// <param name="Message">A one-line description of the error.</param>
/// <param name="Framing">The V2GTP error when <paramref name="Kind"/> is <see cref="SdpErrorKind.Framing"/>.</param>
public sealed record SdpError(SdpErrorKind Kind, long Offset, string Message, V2gtpError? Framing = null)
{
    /// <summary>The error as <c>Kind at byte N: message</c>.</summary>
    public override string ToString() => $"{Kind} at byte {Offset}: {Message}";
}
