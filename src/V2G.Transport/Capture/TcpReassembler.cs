using System;
using System.Collections.Generic;
using System.Net;

namespace V2G.Transport.Capture;

/// <summary>
/// Groups TCP segments by connection (the two endpoints, either direction) and reassembles each direction by sequence number:
/// out-of-order and retransmitted segments are placed by sequence, overlaps keep the first bytes received, sequence numbers
/// may wrap, a missing SYN makes the stream start at its first segment, and missing bytes are reported as gaps. A pure SYN
/// with a new sequence number after FIN or RST starts a new connection on the same endpoints (port reuse).
/// </summary>
public sealed class TcpReassembler
{
    private readonly Dictionary<string, ConnectionBuilder> open = new(StringComparer.Ordinal);
    private readonly List<ConnectionBuilder> all = [];

    /// <summary>Adds one segment.</summary>
    /// <param name="source">The sender's address and port.</param>
    /// <param name="destination">The receiver's address and port.</param>
    /// <param name="segment">The segment.</param>
    /// <param name="unixTimeNanoseconds">Its capture time, in nanoseconds since 1970-01-01 UTC.</param>
    /// <param name="packetIndex">Its packet index in the capture, carried into the stream chunks (-1 when unknown).</param>
    public void Add(IPEndPoint source, IPEndPoint destination, TcpSegment segment, long unixTimeNanoseconds, int packetIndex = -1)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(segment);
        string key = KeyOf(source, destination);
        if (!open.TryGetValue(key, out ConnectionBuilder? connection) || connection.IsReusedBy(source, segment))
        {
            connection = new ConnectionBuilder(source, unixTimeNanoseconds);
            open[key] = connection;
            all.Add(connection);
        }

        connection.Add(source, destination, segment, unixTimeNanoseconds, packetIndex);
    }

    /// <summary>Builds the connections seen so far, in the order of their first segment.</summary>
    /// <returns>The connections with both directions reassembled.</returns>
    public IReadOnlyList<TcpConnection> Build()
    {
        var connections = new List<TcpConnection>(all.Count);
        foreach (ConnectionBuilder builder in all)
        {
            connections.Add(builder.Build());
        }

        return connections;
    }

    private static string KeyOf(IPEndPoint a, IPEndPoint b)
    {
        string first = a.ToString();
        string second = b.ToString();
        return string.CompareOrdinal(first, second) <= 0 ? first + " " + second : second + " " + first;
    }

    private sealed class ConnectionBuilder(IPEndPoint firstSender, long firstTime)
    {
        private readonly TcpDirectionBuilder fromFirst = new();
        private readonly TcpDirectionBuilder fromSecond = new();
        private IPEndPoint? second;
        private IPEndPoint? synSender;
        private IPEndPoint? synAckReceiver;

        public bool IsReusedBy(IPEndPoint source, TcpSegment segment)
        {
            if (!segment.Has(TcpFlags.Syn) || segment.Has(TcpFlags.Ack))
            {
                return false;
            }

            bool ended = fromFirst.FinSeen || fromFirst.ResetSeen || fromSecond.FinSeen || fromSecond.ResetSeen;
            uint? knownSyn = Direction(source).SynSequence;
            return ended && knownSyn is not null && knownSyn != segment.SequenceNumber;
        }

        public void Add(IPEndPoint source, IPEndPoint destination, TcpSegment segment, long time, int packetIndex)
        {
            second ??= source.Equals(firstSender) ? destination : source;
            if (segment.Has(TcpFlags.Syn))
            {
                if (!segment.Has(TcpFlags.Ack))
                {
                    synSender ??= source;
                }
                else
                {
                    synAckReceiver ??= destination;
                }
            }

            Direction(source).Add(segment, time, packetIndex);
        }

        public TcpConnection Build()
        {
            IPEndPoint client = synSender ?? synAckReceiver ?? firstSender;
            IPEndPoint server = client.Equals(firstSender) ? second! : firstSender;
            TcpStream fromClient = Direction(client).Build();
            TcpStream fromServer = Direction(server).Build();
            return new TcpConnection(client, server, fromClient, fromServer, firstTime);
        }

        private TcpDirectionBuilder Direction(IPEndPoint source) => source.Equals(firstSender) ? fromFirst : fromSecond;
    }
}
