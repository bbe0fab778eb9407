namespace V2G.Transport.Sdp;

/// <summary>What is wrong with an SDP message.</summary>
public enum SdpErrorKind
{
    /// <summary>The payload is not as long as the message requires (2 bytes for a request, 20 for a response).</summary>
    WrongPayloadLength,

    /// <summary>The security byte is neither 0x00 (TLS) nor 0x10 (no transport security).</summary>
    UnknownSecurity,

    /// <summary>The transport protocol byte is neither 0x00 (TCP) nor 0x10 (UDP).</summary>
    UnknownTransportProtocol,

    /// <summary>The V2GTP payload type is not an SDP type (0x9000..0x9003).</summary>
    NotSdpPayloadType,

    /// <summary>The V2GTP header is malformed or the frame truncated; <see cref="SdpError.Framing"/> says how.</summary>
    Framing,

    /// <summary>The datagram holds bytes after the V2GTP frame.</summary>
    TrailingBytes,
}
