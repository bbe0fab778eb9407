using System.Net;

namespace V2G.Sessions;

/// <summary>One TCP connection of a capture and what it carried.</summary>
/// <param name="Client">The TCP client's address and port.</param>
/// <param name="Server">The TCP server's address and port.</param>
/// <param name="FirstUnixTimeNanoseconds">The capture time of the connection's first segment.</param>
/// <param name="Session">The decoded session.</param>
public sealed record CapturedSession(IPEndPoint Client, IPEndPoint Server, long FirstUnixTimeNanoseconds, DecodedSession Session)
{
    /// <summary>The EV's address and port (the side that sent supportedAppProtocolReq; without one, the client).</summary>
    public IPEndPoint Ev => Session.EvIsClient ? Client : Server;

    /// <summary>The EVSE's address and port.</summary>
    public IPEndPoint Evse => Session.EvIsClient ? Server : Client;
}
