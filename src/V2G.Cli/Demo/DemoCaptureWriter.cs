using System;
using System.Net;
using V2G.Transport.Capture;
using V2G.Transport.V2gtp;

namespace V2G.Cli.Demo;

/// <summary>
/// Writes a TCP connection between the demo's EV and charger into an in-memory pcapng: the three-way handshake, then
/// each V2GTP frame in one segment, 50 ms apart, with the sequence numbers each side has reached.
/// </summary>
internal sealed class DemoCaptureWriter
{
    /// <summary>The EV's link-local address and ephemeral port.</summary>
    public static readonly IPEndPoint Ev = new(IPAddress.Parse("fe80::21a:7dff:fec4:339f"), 49152);

    /// <summary>The charger's address and the port its SDP response announced.</summary>
    public static readonly IPEndPoint Evse = new(IPAddress.Parse("fe80::1"), 15118);

    private const long FrameSpacingNanoseconds = 50_000_000;
    private readonly CaptureWriter writer = new(CaptureFormat.PcapNg);
    private uint evSequence = 0x1000;
    private uint evseSequence = 0x8000;
    private long time;

    /// <summary>Opens the connection (SYN, SYN-ACK, ACK) at the given time.</summary>
    /// <param name="startUnixSeconds">When the EV connects, in seconds since 1970.</param>
    public DemoCaptureWriter(long startUnixSeconds)
    {
        time = startUnixSeconds * 1_000_000_000;
        Segment(true, TcpFlags.Syn, []);
        evSequence++;
        Segment(false, TcpFlags.Syn | TcpFlags.Ack, []);
        evseSequence++;
        Segment(true, TcpFlags.Ack, []);
    }

    /// <summary>Sends one message as a V2GTP frame (payload type 0x8001, the type of ISO 15118-2 and the handshake).</summary>
    /// <param name="fromEv">True for a request (EV to charger), false for a response.</param>
    /// <param name="exi">The encoded message.</param>
    public void Send(bool fromEv, byte[] exi)
    {
        byte[] frame = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, exi);
        time += FrameSpacingNanoseconds;
        Segment(fromEv, TcpFlags.Ack | TcpFlags.Psh, frame);
        if (fromEv)
        {
            evSequence += (uint)frame.Length;
        }
        else
        {
            evseSequence += (uint)frame.Length;
        }
    }

    /// <summary>The capture file.</summary>
    /// <returns>The pcapng bytes.</returns>
    public byte[] ToArray() => writer.ToArray();

    private void Segment(bool fromEv, TcpFlags flags, ReadOnlySpan<byte> data)
    {
        (IPEndPoint source, IPEndPoint destination) = fromEv ? (Ev, Evse) : (Evse, Ev);
        (uint sequence, uint acknowledgment) = fromEv ? (evSequence, evseSequence) : (evseSequence, evSequence);
        writer.WritePacket(time, PacketBuilder.Tcp(source, destination, sequence, acknowledgment, flags, data));
        time += 1_000_000;
    }
}
