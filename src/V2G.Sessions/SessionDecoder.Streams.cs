using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Messages.AppProtocol;
using V2G.Transport.Capture;
using V2G.Transport.V2gtp;

namespace V2G.Sessions;

/// <content>Decoding the two byte streams of one TCP connection.</content>
public sealed partial class SessionDecoder
{
    /// <summary>Decodes every TCP connection of a capture, in the order of their first segment.</summary>
    /// <param name="traffic">The capture's traffic from <see cref="CaptureAnalyzer"/>.</param>
    /// <param name="options">Framing and decoding options; null for the defaults.</param>
    /// <returns>One entry per connection, V2G or not: a connection of another protocol shows as garbage without messages.</returns>
    public static IReadOnlyList<CapturedSession> DecodeCapture(CaptureTraffic traffic, SessionDecoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return traffic.Connections
            .Select(c => new CapturedSession(c.Client, c.Server, c.FirstUnixTimeNanoseconds, DecodeConnection(c, options)))
            .ToList();
    }

    /// <summary>Decodes both directions of a captured TCP connection, with the capture time of each frame.</summary>
    /// <param name="connection">The connection, reassembled by <see cref="CaptureAnalyzer"/>.</param>
    /// <param name="options">Framing and decoding options; null for the defaults.</param>
    /// <returns>The session (for a TLS connection: <see cref="DecodedSession.Tls"/>, no messages, the client taken as EV).</returns>
    public static DecodedSession DecodeConnection(TcpConnection connection, SessionDecoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return DecodeStreams(StreamInput.From(connection.ClientToServer), StreamInput.From(connection.ServerToClient), options);
    }

    /// <summary>Decodes two reassembled TCP streams (with times) of one connection.</summary>
    /// <param name="clientToServer">What the TCP client sent.</param>
    /// <param name="serverToClient">What the TCP server sent.</param>
    /// <param name="options">Framing and decoding options; null for the defaults.</param>
    /// <returns>The session.</returns>
    public static DecodedSession DecodeStreams(TcpStream clientToServer, TcpStream serverToClient, SessionDecoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clientToServer);
        ArgumentNullException.ThrowIfNull(serverToClient);
        return DecodeStreams(StreamInput.From(clientToServer), StreamInput.From(serverToClient), options);
    }

    /// <summary>
    /// Decodes two byte streams of one connection without times: messages are put in request/response order, the i-th
    /// frame of the EV after the (i-1)-th of the EVSE.
    /// </summary>
    /// <param name="clientToServer">What the TCP client sent.</param>
    /// <param name="serverToClient">What the TCP server sent.</param>
    /// <param name="options">Framing and decoding options; null for the defaults.</param>
    /// <returns>The session.</returns>
    public static DecodedSession DecodeStreams(
        ReadOnlyMemory<byte> clientToServer, ReadOnlyMemory<byte> serverToClient, SessionDecoderOptions? options = null) =>
        DecodeStreams(StreamInput.From(clientToServer), StreamInput.From(serverToClient), options);

    private static DecodedSession DecodeStreams(StreamInput client, StreamInput server, SessionDecoderOptions? options)
    {
        options ??= SessionDecoderOptions.Default;
        if (TlsDetector.StartsWithTlsRecord(client.Data.Span) || TlsDetector.StartsWithTlsRecord(server.Data.Span))
        {
            return new DecodedSession(true, true, null, [], []);
        }

        StreamFrames fromClient = StreamFrames.Scan(client, options.Framing);
        StreamFrames fromServer = StreamFrames.Scan(server, options.Framing);
        bool evIsClient = !SendsHandshakeRequest(fromServer) || SendsHandshakeRequest(fromClient);
        (StreamFrames ev, StreamFrames evse) = evIsClient ? (fromClient, fromServer) : (fromServer, fromClient);

        var decoder = new SessionDecoder(options);
        var messages = new List<SessionMessage>();
        foreach ((SessionDirection direction, ScannedFrame frame, long? time) in Interleave(ev, evse))
        {
            messages.Add(decoder.Decode(direction, frame.Frame, time, frame.Offset));
        }

        var problems = new List<StreamProblem>();
        problems.AddRange(ev.Problems(SessionDirection.EvToEvse));
        problems.AddRange(evse.Problems(SessionDirection.EvseToEv));
        return new DecodedSession(evIsClient, false, decoder.Protocol, messages, problems);
    }

    /// <summary>Whether one of the first frames of a stream is a supportedAppProtocolReq (the EV's first message).</summary>
    private static bool SendsHandshakeRequest(StreamFrames frames) =>
        frames.Frames.Take(2).Any(f => f.Frame.PayloadType == V2gtpPayloadType.Exi
            && AppProtocolCodec.TryDecode(f.Frame.Payload.Span, out AppProtocolDocument document, out _)
            && document.SupportedAppProtocolReq is not null);

    /// <summary>
    /// Both directions in time order. Frames with the same time (or no time) keep request/response order: each EV frame
    /// before the EVSE frame of the same index, since a V2G response follows its request (the EVCC waits for each response before its next request).
    /// </summary>
    private static IEnumerable<(SessionDirection, ScannedFrame, long?)> Interleave(StreamFrames ev, StreamFrames evse)
    {
        var all = new List<(SessionDirection Direction, ScannedFrame Frame, long? Time, int Rank)>();
        for (int i = 0; i < ev.Frames.Count; i++)
        {
            all.Add((SessionDirection.EvToEvse, ev.Frames[i], ev.TimeOf(ev.Frames[i]), 2 * i));
        }

        for (int i = 0; i < evse.Frames.Count; i++)
        {
            all.Add((SessionDirection.EvseToEv, evse.Frames[i], evse.TimeOf(evse.Frames[i]), (2 * i) + 1));
        }

        return all.OrderBy(m => m.Time ?? 0).ThenBy(m => m.Rank).Select(m => (m.Direction, m.Frame, m.Time));
    }
}
