using System.Collections.Generic;

namespace V2G.Sessions;

/// <summary>Everything one TCP connection carried, decoded.</summary>
/// <param name="EvIsClient">Whether the EV (the side that sent supportedAppProtocolReq; without one, the TCP client) is the client.</param>
/// <param name="Tls">Whether a stream starts with a TLS record: its content is encrypted and no message is decoded.</param>
/// <param name="Protocol">What the handshake selected; null when no successful handshake was seen.</param>
/// <param name="Messages">Every frame in time order across both directions, decoded or with its error.</param>
/// <param name="Problems">Bytes that were no frame (garbage, bad headers, truncation, capture gaps), per direction in stream order.</param>
public sealed record DecodedSession(
    bool EvIsClient,
    bool Tls,
    NegotiatedProtocol? Protocol,
    IReadOnlyList<SessionMessage> Messages,
    IReadOnlyList<StreamProblem> Problems);
