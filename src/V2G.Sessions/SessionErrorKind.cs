namespace V2G.Sessions;

/// <summary>What went wrong while decoding a session.</summary>
public enum SessionErrorKind
{
    /// <summary>The payload is not a valid EXI stream of the family chosen (see <see cref="SessionError.Exi"/> and its bit offset).</summary>
    Decode,

    /// <summary>A V2GTP header is invalid (see <see cref="SessionError.Framing"/>); the bytes from there are skipped to the next frame.</summary>
    Framing,

    /// <summary>Bytes between frames that are no V2GTP frame; skipped up to the next header that could be verified.</summary>
    Garbage,

    /// <summary>The stream ends inside a frame.</summary>
    TruncatedFrame,

    /// <summary>The capture lacks bytes of the stream (a TCP gap); framing restarts after it.</summary>
    CaptureGap,

    /// <summary>A message other than supportedAppProtocol arrived before the handshake selected a protocol.</summary>
    NoHandshake,

    /// <summary>The handshake response refused every protocol, or selected a SchemaID that the request did not offer.</summary>
    HandshakeFailed,

    /// <summary>The handshake selected a namespace this library does not decode.</summary>
    UnsupportedProtocol,

    /// <summary>The payload type carries no EXI message of the negotiated protocol (e.g. an SDP type inside TCP).</summary>
    UnexpectedPayloadType,
}
