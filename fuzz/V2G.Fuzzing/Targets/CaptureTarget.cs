using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using V2G.Sessions;
using V2G.Transport.Capture;
using V2G.Transport.V2gtp;

namespace V2G.Fuzzing.Targets;

/// <summary>
/// The capture reader: the input as a pcap or pcapng file through <see cref="CaptureReader.Read(ReadOnlyMemory{byte}, CaptureLimits?)"/>,
/// <see cref="CaptureAnalyzer"/> and the session decoder. Problems are <see cref="CaptureError"/> values in the results,
/// never exceptions.
/// </summary>
public sealed class CaptureTarget : IFuzzTarget
{
    public string Name => "capture";

    public void Run(ReadOnlySpan<byte> input)
    {
        CaptureReadResult read = CaptureReader.Read(input.ToArray());
        CaptureTraffic traffic = CaptureAnalyzer.Analyze(read);
        SessionDecoder.DecodeCapture(traffic);
    }

    /// <summary>Small captures written with the library's writer: one TCP connection carrying framed vectors, in both formats.</summary>
    public IEnumerable<Seed> Seeds(SeedSource source)
    {
        foreach (string family in new[] { "app-protocol", "din", "iso2", "iso20-ac" })
        {
            foreach (string path in source.VectorFiles(family, ".exi", 3))
            {
                byte[] frame = V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, File.ReadAllBytes(path));
                foreach (CaptureFormat format in new[] { CaptureFormat.Pcap, CaptureFormat.PcapNg })
                {
                    byte[] capture = WriteConnection(format, frame);
                    if (capture.Length < SeedSource.MaxSeedBytes)
                    {
                        string extension = format == CaptureFormat.Pcap ? ".pcap" : ".pcapng";
                        yield return new Seed(Path.GetFileNameWithoutExtension(path) + extension, capture);
                    }
                }
            }
        }
    }

    private static byte[] WriteConnection(CaptureFormat format, byte[] frame)
    {
        var ev = new IPEndPoint(IPAddress.Parse("fe80::1"), 50000);
        var evse = new IPEndPoint(IPAddress.Parse("fe80::2"), 15118);
        var writer = new CaptureWriter(format);
        long t = 1_700_000_000_000_000_000;
        writer.WritePacket(t, PacketBuilder.Tcp(ev, evse, 100, 0, TcpFlags.Syn, []));
        writer.WritePacket(t + 1000, PacketBuilder.Tcp(evse, ev, 500, 101, TcpFlags.Syn | TcpFlags.Ack, []));
        writer.WritePacket(t + 2000, PacketBuilder.Tcp(ev, evse, 101, 501, TcpFlags.Ack | TcpFlags.Psh, frame));
        writer.WritePacket(t + 3000, PacketBuilder.Tcp(evse, ev, 501, 101 + (uint)frame.Length, TcpFlags.Ack | TcpFlags.Psh, frame));
        return writer.ToArray();
    }
}
