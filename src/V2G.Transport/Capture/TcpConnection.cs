using System;
using System.Net;

namespace V2G.Transport.Capture;

/// <summary>
/// One TCP connection of a capture with both directions reassembled. The client is the side that sent the first SYN without
/// ACK; without one, the receiver of a SYN-ACK; without that, the first sender seen.
/// </summary>
/// <param name="Client">The client's address and port.</param>
/// <param name="Server">The server's address and port.</param>
/// <param name="ClientToServer">What the client sent.</param>
/// <param name="ServerToClient">What the server sent.</param>
/// <param name="FirstUnixTimeNanoseconds">The capture time of the connection's first segment.</param>
public sealed record TcpConnection(
    IPEndPoint Client,
    IPEndPoint Server,
    TcpStream ClientToServer,
    TcpStream ServerToClient,
    long FirstUnixTimeNanoseconds)
{
    /// <summary>Whether the three-way handshake's SYN of both sides was captured.</summary>
    public bool HandshakeSeen => ClientToServer.SynSeen && ServerToClient.SynSeen;
}
