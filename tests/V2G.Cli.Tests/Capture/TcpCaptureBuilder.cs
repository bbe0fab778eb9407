using System;
using System.Net;
using V2G.Transport.Capture;

namespace V2G.Cli.Tests.Capture;

/// <summary>Writes one TCP connection between an EV (client) and an EVSE into a capture, one millisecond per packet
/// (a copy of the session tests' builder, plus UDP datagrams for SDP).</summary>
internal sealed class TcpCaptureBuilder
{
    public const long StartNanoseconds = 1_700_000_000_000_000_000;

    private readonly CaptureWriter writer;
    private readonly IPEndPoint ev;
    private readonly IPEndPoint evse;
    private uint evNext = 1000;
    private uint evseNext = 7000;

    public TcpCaptureBuilder(CaptureFormat format, IPEndPoint ev, IPEndPoint evse)
    {
        writer = new CaptureWriter(format);
        this.ev = ev;
        this.evse = evse;
        Segment(true, evNext, TcpFlags.Syn, []);
        Segment(false, evseNext, TcpFlags.Syn | TcpFlags.Ack, []);
        evNext++;
        evseNext++;
        Segment(true, evNext, TcpFlags.Ack, []);
    }

    /// <summary>The time of the next packet.</summary>
    public long Time { get; private set; } = StartNanoseconds;

    public byte[] ToArray() => writer.ToArray();

    /// <summary>Sends bytes in one segment.</summary>
    public void Send(bool fromEv, byte[] data)
    {
        Segment(fromEv, Next(fromEv), TcpFlags.Ack | TcpFlags.Psh, data);
        Advance(fromEv, data.Length);
    }

    /// <summary>Sends bytes in three segments.</summary>
    public void SendInThree(bool fromEv, byte[] data)
    {
        int a = data.Length / 3;
        int b = 2 * data.Length / 3;
        Send(fromEv, data[..a]);
        Send(fromEv, data[a..b]);
        Send(fromEv, data[b..]);
    }

    /// <summary>Sends bytes, then the same segment again (a retransmission).</summary>
    public void SendTwice(bool fromEv, byte[] data)
    {
        uint sequence = Next(fromEv);
        Segment(fromEv, sequence, TcpFlags.Ack | TcpFlags.Psh, data);
        Segment(fromEv, sequence, TcpFlags.Ack | TcpFlags.Psh, data);
        Advance(fromEv, data.Length);
    }

    /// <summary>Sends bytes in two segments, the second half first.</summary>
    public void SendOutOfOrder(bool fromEv, byte[] data)
    {
        int half = data.Length / 2;
        uint sequence = Next(fromEv);
        Segment(fromEv, sequence + (uint)half, TcpFlags.Ack | TcpFlags.Psh, data.AsSpan(half));
        Segment(fromEv, sequence, TcpFlags.Ack, data.AsSpan(0, half));
        Advance(fromEv, data.Length);
    }

    /// <summary>Writes a UDP datagram (e.g. SDP) at the current time.</summary>
    public void Udp(IPEndPoint source, IPEndPoint destination, byte[] payload)
    {
        writer.WritePacket(Time, PacketBuilder.Udp(source, destination, payload));
        Time += 1_000_000;
    }

    /// <summary>Advances the sequence number past bytes that are never captured (a gap).</summary>
    public void Skip(bool fromEv, int length) => Advance(fromEv, length);

    private uint Next(bool fromEv) => fromEv ? evNext : evseNext;

    private void Advance(bool fromEv, int length)
    {
        if (fromEv)
        {
            evNext += (uint)length;
        }
        else
        {
            evseNext += (uint)length;
        }
    }

    private void Segment(bool fromEv, uint sequence, TcpFlags flags, ReadOnlySpan<byte> data)
    {
        IPEndPoint source = fromEv ? ev : evse;
        IPEndPoint destination = fromEv ? evse : ev;
        writer.WritePacket(Time, PacketBuilder.Tcp(source, destination, sequence, Next(!fromEv), flags, data));
        Time += 1_000_000;
    }
}
