using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;

namespace V2G.Transport.Capture;

/// <summary>Turns a capture into its traffic: decodes every packet, reassembles TCP and lists UDP.</summary>
public static class CaptureAnalyzer
{
    /// <summary>Analyzes a capture that was read.</summary>
    /// <param name="capture">The read capture.</param>
    /// <returns>The connections, datagrams and problems (the reader's first). A packet without timestamp (pcapng Simple Packet
    /// Block) takes the time of the packet before it.</returns>
    public static CaptureTraffic Analyze(CaptureReadResult capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        var problems = new List<CaptureError>(capture.Problems);
        var reassembler = new TcpReassembler();
        var datagrams = new List<CapturedDatagram>();
        long time = 0;
        foreach (CapturedPacket packet in capture.Packets)
        {
            time = packet.UnixTimeNanoseconds ?? time;
            if (!PacketDecoder.Supports(packet.LinkType))
            {
                continue; // Reported once per interface by the reader.
            }

            if (!PacketDecoder.TryDecode(packet, out DecodedPacket? decoded, out CaptureError? error))
            {
                problems.Add(error);
                continue;
            }

            if (decoded.Fragment is IpFragment fragment)
            {
                string detail = string.Create(CultureInfo.InvariantCulture,
                    $"packet {packet.Index}: id {fragment.Identification}, offset {fragment.Offset}, more {fragment.MoreFragments}; not reassembled");
                problems.Add(new CaptureError(CaptureErrorKind.IpFragment, packet.DataOffset, "IP fragment", detail));
                continue;
            }

            if (decoded.Tcp is TcpSegment tcp)
            {
                reassembler.Add(new IPEndPoint(decoded.Source!, tcp.SourcePort), new IPEndPoint(decoded.Destination!, tcp.DestinationPort),
                    tcp, time, packet.Index);
            }
            else if (decoded.Udp is UdpDatagram udp)
            {
                datagrams.Add(new CapturedDatagram(new IPEndPoint(decoded.Source!, udp.SourcePort),
                    new IPEndPoint(decoded.Destination!, udp.DestinationPort), time, packet.Index, udp.Payload));
            }
        }

        return new CaptureTraffic(reassembler.Build(), datagrams, problems);
    }

    /// <summary>Reads and analyzes a capture held in memory.</summary>
    /// <param name="capture">The capture file's bytes.</param>
    /// <param name="limits">The length bounds; <see cref="CaptureLimits.Default"/> when null.</param>
    /// <returns>The traffic.</returns>
    public static CaptureTraffic Analyze(ReadOnlyMemory<byte> capture, CaptureLimits? limits = null) => Analyze(CaptureReader.Read(capture, limits));

    /// <summary>Reads and analyzes a capture from a stream.</summary>
    /// <param name="capture">The stream, read to its end.</param>
    /// <param name="limits">The length bounds; <see cref="CaptureLimits.Default"/> when null.</param>
    /// <returns>The traffic.</returns>
    public static CaptureTraffic Analyze(Stream capture, CaptureLimits? limits = null) => Analyze(CaptureReader.Read(capture, limits));
}
