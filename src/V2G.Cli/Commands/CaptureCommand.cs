using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Capture;
using V2G.Cli.Io;
using V2G.Sessions;

namespace V2G.Cli.Commands;

/// <summary><c>v2g capture FILE [--format text|json] [--html REPORT.html] [--lenient]</c>: the V2G sessions of a pcap/pcapng file.</summary>
internal sealed class CaptureCommand : ICommand
{
    private static readonly OptionSpec FormatSpec = new("--format", TakesValue: true);
    private static readonly OptionSpec HtmlSpec = new("--html", TakesValue: true);
    private static readonly OptionSpec LenientSpec = new("--lenient", TakesValue: false);

    /// <inheritdoc/>
    public string Name => "capture";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [FormatSpec, HtmlSpec, LenientSpec];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize("""
        Usage:
          v2g capture FILE.pcap|FILE.pcapng [--format text|json] [--html REPORT.html] [--lenient]

        Reads a capture (pcap or pcapng; Ethernet, Linux cooked or raw IP; IPv4 and IPv6), reassembles every TCP
        connection and decodes its V2GTP frames with the codec the supportedAppProtocol handshake selected (ISO 15118-20:
        by payload type). The EV is the side that sends supportedAppProtocolReq. SDP requests and responses (UDP) are
        listed too. A TLS session is reported as such, without messages; a frame that does not decode is listed with its
        error and the session goes on; bytes that are no frame are marked.

        The text timeline shows per session the client and server, EV and EVSE sides, the negotiated protocol, TLS and
        the start time, then one line per message: seconds since the session start, EV->EVSE or EVSE->EV, the message
        name and its key fields (target and present voltage and current, limits, SoC, ResponseCode, EVSEProcessing,
        SessionID, ...), physical values with their units.

        Options:
          --format text|json   text (default): the timeline. json: {"sessions": [{"client", "server", "tls",
                               "messages": [{"time", "direction", "payloadType", "family", "message", "body"}]}],
                               "sdp": [...]}; a frame that does not decode has "error" instead of "body".
          --html REPORT.html   Also write a self-contained HTML report: the message sequence between EV and EVSE with
                               timing, each message expandable, and plots of voltage, current, power and SoC.
          --lenient            Accept strings that use string-table hits.
          -h, --help           Show this help.

        Exit codes: 0 the capture was read (even with undecodable frames), 1 the file cannot be read or is no capture or
        is cut short (the error names the byte offset), 2 bad usage.

        Examples:
          v2g capture session.pcapng
          v2g capture session.pcap --format json > session.json
          v2g capture session.pcapng --html report.html

        """);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        string[] files = arguments.Positionals.ToArray();
        if (files.Length != 1)
        {
            throw new UsageException(files.Length == 0
                ? "'capture' needs a capture file (FILE.pcap or FILE.pcapng)"
                : $"'capture' reads one capture file (got {files.Length})");
        }

        string format = arguments.Single(FormatSpec.Name) ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"unknown --format '{format}' (expected text or json)");
        }

        string file = files[0];
        string? html = arguments.Single(HtmlSpec.Name);
        try
        {
            CaptureReport report = CaptureReport.Read(ReadFile(file), arguments.Has(LenientSpec.Name));
            if (format == "json")
            {
                console.Out.Write(CaptureJsonWriter.ToJson(report));
                ReportProblems(report, file, console.Error);
            }
            else
            {
                TimelineWriter.Write(report, console.Out);
            }

            if (html is not null)
            {
                WriteHtml(html, HtmlReportWriter.ToHtml(report, Path.GetFileName(file)));
                Diagnostics.Note(console.Error, file, $"HTML report written to {html}");
            }

            return ExitCodes.Success;
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, file, e.Message);
            return ExitCodes.Failure;
        }
    }

    // JSON keeps to its fields; what is not a message (garbage, gaps, bad packets) is noted on stderr, one line each.
    private static void ReportProblems(CaptureReport report, string file, TextWriter error)
    {
        foreach (var problem in report.Problems)
        {
            Diagnostics.Note(error, file, problem.ToString());
        }

        for (int i = 0; i < report.Sessions.Count; i++)
        {
            foreach (StreamProblem problem in report.Sessions[i].Session.Problems)
            {
                Diagnostics.Note(error, file, $"session {i + 1} {problem.Direction.ToLabel()}: {problem.Error} ({problem.Length} bytes)");
            }
        }
    }

    private static byte[] ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("is a directory; give one capture file");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("cannot read the capture: " + e.Message, e);
        }
    }

    private static void WriteHtml(string path, string html)
    {
        try
        {
            File.WriteAllText(path, html);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InputException($"cannot write the HTML report {path}: {e.Message}", e);
        }
    }
}
