using System;
using System.Net;
using V2G.Transport.Capture;

namespace V2G.Transport.Tests.Capture;

/// <summary>Writes one TCP conversation into a capture, tracking sequence numbers, one millisecond per packet.</summary>
internal sealed class SessionBuilder
{
    private readonly CaptureWriter writer;
    private readonly IPEndPoint client;
    private readonly IPEndPoint server;
    private readonly PacketLayout layout;
    private long time = 1_700_000_000_000_000_000;

    public SessionBuilder(CaptureWriter writer, IPEndPoint client, IPEndPoint server, uint clientIsn = 1000, uint serverIsn = 5000,
        PacketLayout? layout = null)
    {
        this.writer = writer;
        this.client = client;
        this.server = server;
        this.layout = layout ?? PacketLayout.Ethernet;
        ClientNext = clientIsn;
        ServerNext = serverIsn;
    }

    public uint ClientNext { get; private set; }

    public uint ServerNext { get; private set; }

    /// <summary>The time the next packet gets.</summary>
    public long Time => time;

    public SessionBuilder Handshake()
    {
        Raw(true, ClientNext, 0, TcpFlags.Syn, []);
        Raw(false, ServerNext, ClientNext + 1, TcpFlags.Syn | TcpFlags.Ack, []);
        ClientNext++;
        ServerNext++;
        Raw(true, ClientNext, ServerNext, TcpFlags.Ack, []);
        return this;
    }

    /// <summary>Sends data in order from one side, advancing its sequence number.</summary>
    public SessionBuilder Send(bool fromClient, ReadOnlySpan<byte> data)
    {
        uint sequence = fromClient ? ClientNext : ServerNext;
        Raw(fromClient, sequence, fromClient ? ServerNext : ClientNext, TcpFlags.Ack | TcpFlags.Psh, data);
        if (fromClient)
        {
            ClientNext += (uint)data.Length;
        }
        else
        {
            ServerNext += (uint)data.Length;
        }

        return this;
    }

    /// <summary>Writes a segment with an explicit sequence number (for out-of-order, retransmitted and overlapping data).</summary>
    public SessionBuilder Raw(bool fromClient, uint sequence, uint acknowledgment, TcpFlags flags, ReadOnlySpan<byte> data)
    {
        IPEndPoint source = fromClient ? client : server;
        IPEndPoint destination = fromClient ? server : client;
        writer.WritePacket(time, PacketBuilder.Tcp(source, destination, sequence, acknowledgment, flags, data, layout));
        time += 1_000_000;
        return this;
    }

    public SessionBuilder Advance(bool fromClient, int bytes)
    {
        if (fromClient)
        {
            ClientNext += (uint)bytes;
        }
        else
        {
            ServerNext += (uint)bytes;
        }

        return this;
    }
}
