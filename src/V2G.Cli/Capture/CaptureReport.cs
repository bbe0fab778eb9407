using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Io;
using V2G.Exi;
using V2G.Sessions;
using V2G.Transport.Capture;

namespace V2G.Cli.Capture;

/// <summary>What <c>v2g capture</c> shows of a capture file: its TCP sessions decoded, its SDP datagrams, and the packet problems.</summary>
/// <param name="Sessions">One entry per TCP connection, in the order of its first segment.</param>
/// <param name="Sdp">The SDP requests and responses, in capture order.</param>
/// <param name="Problems">Packets that did not decode (IP fragments, bad headers), in capture order.</param>
internal sealed record CaptureReport(IReadOnlyList<CapturedSession> Sessions, IReadOnlyList<SdpEntry> Sdp, IReadOnlyList<CaptureError> Problems)
{
    /// <summary>Reads, reassembles and decodes a capture file held in memory.</summary>
    /// <param name="capture">The pcap or pcapng bytes.</param>
    /// <param name="lenient">Whether strings may use string-table hits (<see cref="ExiDecodeOptions.Lenient"/>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="InputException">
    /// The input is no capture, or the file is cut short or malformed (the message gives the byte offset).
    /// </exception>
    public static CaptureReport Read(ReadOnlyMemory<byte> capture, bool lenient)
    {
        CaptureReadResult file = CaptureReader.Read(capture);
        if (file.Format is null || !file.IsComplete)
        {
            CaptureError stop = file.Problems.LastOrDefault()
                ?? new CaptureError(CaptureErrorKind.Truncated, capture.Length, "capture", "the file ends early");
            throw new InputException($"not a readable capture: {stop}");
        }

        CaptureTraffic traffic = CaptureAnalyzer.Analyze(file);
        var options = new SessionDecoderOptions { Exi = lenient ? ExiDecodeOptions.Lenient : ExiDecodeOptions.Default };
        return new CaptureReport(SessionDecoder.DecodeCapture(traffic, options), SdpEntry.From(traffic.Datagrams), traffic.Problems);
    }
}
