using System;
using System.Collections.Generic;

namespace V2G.Transport.Capture;

/// <summary>The traffic of a capture: its TCP connections reassembled, its UDP datagrams, and the problems met.</summary>
/// <param name="Connections">The TCP connections, in the order of their first segment.</param>
/// <param name="Datagrams">The UDP datagrams, in capture order.</param>
/// <param name="Problems">The problems of the file and of packets that did not decode (IP fragments included), in order.</param>
public sealed record CaptureTraffic(
    IReadOnlyList<TcpConnection> Connections,
    IReadOnlyList<CapturedDatagram> Datagrams,
    IReadOnlyList<CaptureError> Problems);
