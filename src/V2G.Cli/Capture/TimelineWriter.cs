using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>
/// The text form of a capture report: the SDP exchange, then per session a heading (endpoints, EV and EVSE sides,
/// protocol, TLS, start time) and one line per message with its time, direction, name and key fields.
/// </summary>
internal static class TimelineWriter
{
    /// <summary>Writes the whole report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where the text goes.</param>
    public static void Write(CaptureReport report, TextWriter output)
    {
        if (report.Sdp.Count > 0)
        {
            output.WriteLine($"SDP ({report.Sdp.Count} datagrams)");
            foreach (SdpEntry entry in report.Sdp)
            {
                output.WriteLine("  " + SdpLine(entry));
            }

            output.WriteLine();
        }

        if (report.Sessions.Count == 0)
        {
            output.WriteLine("no TCP session in the capture");
        }

        for (int i = 0; i < report.Sessions.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            WriteSession(i + 1, report.Sessions[i], output);
        }
    }

    /// <summary>Writes one session: its heading and its messages.</summary>
    /// <param name="number">The session's 1-based number in the capture.</param>
    /// <param name="captured">The session.</param>
    /// <param name="output">Where the text goes.</param>
    public static void WriteSession(int number, CapturedSession captured, TextWriter output)
    {
        DecodedSession session = captured.Session;
        output.WriteLine($"session {number}: client {SessionText.Endpoint(captured.Client)}, server {SessionText.Endpoint(captured.Server)}");
        output.WriteLine($"  EV {SessionText.Endpoint(captured.Ev)} ({(session.EvIsClient ? "client" : "server")}), "
            + $"EVSE {SessionText.Endpoint(captured.Evse)} ({(session.EvIsClient ? "server" : "client")})");
        string security = session.Tls ? "TLS: the content is encrypted, not decoded" : "plain TCP (no TLS)";
        output.WriteLine($"  protocol: {SessionText.Protocol(session)}; {security}");
        long start = captured.FirstUnixTimeNanoseconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  started {SessionText.Absolute(start)} ({start / 1e9:0.000000}); {session.Messages.Count} messages, "
            + $"{session.Messages.Count(m => !m.IsDecoded)} not decoded, {session.Problems.Count} stream problems"));
        foreach (TimelineEvent entry in TimelineEvent.Of(session))
        {
            output.WriteLine("  " + Line(entry, start));
        }
    }

    /// <summary>One timeline line: relative time, direction, then the message and its key fields, or the problem.</summary>
    /// <param name="entry">The event.</param>
    /// <param name="start">The session start, in ns since 1970.</param>
    /// <returns>The line, without indentation.</returns>
    public static string Line(TimelineEvent entry, long start)
    {
        string time = SessionText.Relative(entry.UnixTimeNanoseconds, start).PadLeft(9);
        if (entry.Problem is { } problem)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{time}  {problem.Direction.ToLabel(),-8}  !! {problem.Error.Kind}: {problem.Length} bytes at stream offset "
                + $"{problem.Error.StreamOffset}: {problem.Error.Message}");
        }

        SessionMessage message = entry.Message!;
        string head = $"{time}  {message.Direction.ToLabel(),-8}  ";
        if (!message.IsDecoded)
        {
            return head + $"!! {message.PayloadType.ToHex()} {message.Family?.ToId() ?? "-"} not decoded: {message.Error}";
        }

        IReadOnlyList<KeyField> fields = KeyFields.Of(message);
        string trailing = message.TrailingBytes > 0 ? $" (+{message.TrailingBytes} trailing bytes)" : string.Empty;
        return (head + message.Name + trailing + (fields.Count > 0 ? "  " + string.Join(" ", fields) : string.Empty)).TrimEnd();
    }

    private static string SdpLine(SdpEntry entry)
    {
        string head = string.Create(CultureInfo.InvariantCulture,
            $"{entry.EpochSeconds:0.000000}  {entry.Direction,-8}  SDP {entry.Kind} {SessionText.Endpoint(entry.Source)} -> ")
            + SessionText.Endpoint(entry.Destination);
        if (entry.Error is { } error)
        {
            return $"{head}  !! {error}";
        }

        string fields = $"security={entry.Security ?? "?"} transport={entry.Transport ?? "?"}";
        if (entry.Message?.Response is { } response)
        {
            fields += " address=" + SessionText.Endpoint(new System.Net.IPEndPoint(response.Address, response.Port));
        }

        return $"{head}  {fields}";
    }
}
