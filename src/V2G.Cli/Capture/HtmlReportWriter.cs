using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>
/// <c>v2g capture --html</c>: one self-contained HTML file (inline CSS and SVG, no network): per session a header, the
/// message sequence between the EV and EVSE lanes with timing (each message a <c>&lt;details&gt;</c> holding its content),
/// and plots of voltage, current, power and SoC. Every value from the capture is HTML-encoded. Elements carry
/// <c>data-*</c> attributes (<c>data-message-count</c>, <c>data-series</c>, <c>data-points</c>) for tests and tools.
/// </summary>
internal static class HtmlReportWriter
{
    // Counts script errors into the DOM, so a headless browser's dump shows them; the report itself needs no script.
    private const string ErrorProbe =
        "<script>window.addEventListener('error',function(){var b=document.body;b.dataset.scriptErrors=(+b.dataset.scriptErrors||0)+1;});"
        + "document.documentElement.dataset.scriptRan='yes';</script>";

    /// <summary>Renders the report.</summary>
    /// <param name="report">The capture report.</param>
    /// <param name="title">The capture's file name, shown as the title.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(CaptureReport report, string title)
    {
        var html = new StringBuilder();
        int messages = report.Sessions.Sum(s => s.Session.Messages.Count);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Encode(title)).Append(" - v2g capture</title>")
            .Append("<style>").Append(HtmlStyle.Css).Append("</style>").Append(ErrorProbe).Append("</head>\n")
            .Append("<body data-script-errors=\"0\">")
            .Append(Invariant($"<main data-message-count=\"{messages}\" data-session-count=\"{report.Sessions.Count}\">"))
            .Append("<h1>").Append(Encode(title)).Append("</h1>");
        Sdp(html, report.Sdp);
        for (int i = 0; i < report.Sessions.Count; i++)
        {
            Session(html, i + 1, report.Sessions[i]);
        }

        if (report.Sessions.Count == 0)
        {
            html.Append("<p>No TCP session in the capture.</p>");
        }

        return html.Append("</main></body></html>\n").ToString();
    }

    private static void Sdp(StringBuilder html, IReadOnlyList<SdpEntry> sdp)
    {
        if (sdp.Count == 0)
        {
            return;
        }

        html.Append(Invariant($"<section class=\"sdp\" data-sdp-count=\"{sdp.Count}\"><h2>SDP</h2><ul>"));
        foreach (SdpEntry entry in sdp)
        {
            string detail = entry.Error?.ToString()
                ?? $"security {entry.Security}, transport {entry.Transport}"
                + (entry.Message?.Response is { } r ? ", address " + SessionText.Endpoint(new IPEndPoint(r.Address, r.Port)) : string.Empty);
            html.Append(entry.Error is null ? "<li>" : "<li class=\"error\">")
                .Append(Encode(Invariant($"{entry.EpochSeconds:0.000000} {entry.Direction} SDP {entry.Kind}: {detail}"))).Append("</li>");
        }

        html.Append("</ul></section>");
    }

    private static void Session(StringBuilder html, int number, CapturedSession captured)
    {
        DecodedSession session = captured.Session;
        int errors = session.Messages.Count(m => !m.IsDecoded);
        html.Append(Invariant($"<section class=\"session\" data-session=\"{number}\" data-message-count=\"{session.Messages.Count}\" "))
            .Append(Invariant($"data-error-count=\"{errors}\" data-tls=\"{(session.Tls ? "true" : "false")}\">"))
            .Append(Invariant($"<h2>Session {number}</h2><dl class=\"header\">"));
        Term(html, "Client", SessionText.Endpoint(captured.Client));
        Term(html, "Server", SessionText.Endpoint(captured.Server));
        Term(html, "EV", SessionText.Endpoint(captured.Ev));
        Term(html, "EVSE", SessionText.Endpoint(captured.Evse));
        Term(html, "Protocol", SessionText.Protocol(session));
        Term(html, "TLS", session.Tls ? "yes: the content is encrypted and not decoded" : "no");
        Term(html, "Started", SessionText.Absolute(captured.FirstUnixTimeNanoseconds));
        Term(html, "Messages", Invariant($"{session.Messages.Count} ({errors} not decoded, {session.Problems.Count} stream problems)"));
        html.Append("</dl>");
        Sequence(html, captured);
        Plots(html, captured);
        html.Append("</section>");
    }

    private static void Sequence(StringBuilder html, CapturedSession captured)
    {
        html.Append("<h3>Message sequence</h3><div class=\"sequence\">")
            .Append("<div class=\"lanes\"><span>time (s)</span><span class=\"lane\">EV</span><span></span><span class=\"lane\">EVSE</span></div>");
        foreach (TimelineEvent entry in TimelineEvent.Of(captured.Session))
        {
            string time = SessionText.Relative(entry.UnixTimeNanoseconds, captured.FirstUnixTimeNanoseconds);
            if (entry.Problem is { } problem)
            {
                html.Append(Invariant($"<div class=\"problem error\" data-direction=\"{Encode(problem.Direction.ToLabel())}\">"))
                    .Append("<span class=\"time\">").Append(time).Append("</span><span class=\"what\">")
                    .Append(Encode(Invariant($"{problem.Direction.ToLabel()} {problem.Error.Kind}: {problem.Length} bytes: {problem.Error.Message}")))
                    .Append("</span></div>");
                continue;
            }

            Message(html, entry.Message!, time);
        }

        html.Append("</div>");
    }

    private static void Message(StringBuilder html, SessionMessage message, string time)
    {
        bool toEvse = message.Direction == SessionDirection.EvToEvse;
        string name = message.Name ?? "not decoded";
        string fields = string.Join(" ", KeyFields.Of(message));
        html.Append(Invariant($"<details class=\"message{(message.IsDecoded ? string.Empty : " error")}\" "))
            .Append(Invariant($"data-direction=\"{Encode(message.Direction.ToLabel())}\" data-name=\"{Encode(name)}\" "))
            .Append(Invariant($"data-family=\"{Encode(message.Family?.ToId() ?? string.Empty)}\" "))
            .Append(Invariant($"data-error=\"{(message.IsDecoded ? "false" : "true")}\">"))
            .Append("<summary><span class=\"time\">").Append(time).Append("</span>")
            .Append("<span class=\"arrow ").Append(toEvse ? "right" : "left").Append("\"><span class=\"name\">").Append(Encode(name))
            .Append("</span>").Append(Arrow(toEvse)).Append("<span class=\"fields\">").Append(Encode(fields)).Append("</span></span></summary>")
            .Append("<div class=\"content\">");
        if (message.Error is { } error)
        {
            html.Append("<p class=\"error-text\">").Append(Encode(error.ToString())).Append("</p>");
        }

        string family = message.Family?.ToId() ?? "-";
        html.Append("<p class=\"meta\">").Append(Encode(Invariant(
            $"{message.Direction.ToLabel()}, payload type {message.PayloadType}, family {family}, stream offset {message.StreamOffset}")))
            .Append("</p>");
        string? content = MessageBody.ToIndentedJson(message) ?? message.Xml ?? message.XmlError;
        if (content is not null)
        {
            html.Append("<pre>").Append(Encode(content)).Append("</pre>");
        }

        html.Append("</div></details>");
    }

    // A line across the lanes with its head at the receiver's side.
    private static string Arrow(bool toEvse) =>
        "<svg class=\"arrowhead\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\">"
        + (toEvse
            ? "<line x1=\"0\" y1=\"5\" x2=\"96\" y2=\"5\"/><path d=\"M90,1 L100,5 L90,9 Z\"/>"
            : "<line x1=\"4\" y1=\"5\" x2=\"100\" y2=\"5\"/><path d=\"M10,1 L0,5 L10,9 Z\"/>")
        + "</svg>";

    private static void Plots(StringBuilder html, CapturedSession captured)
    {
        IReadOnlyList<ChargeSeries> series = ChargeSeries.Of(captured);
        html.Append(Invariant($"<h3>Charging</h3><div class=\"plots\" data-series-count=\"{series.Count}\">"));
        if (series.Count == 0)
        {
            html.Append("<p>No charge-loop values in this session.</p>");
        }

        long start = captured.FirstUnixTimeNanoseconds;
        long last = captured.Session.Messages.Select(m => m.UnixTimeNanoseconds ?? start).DefaultIfEmpty(start).Max();
        double duration = (last - start) / 1e9;
        foreach (var group in series.GroupBy(s => s.Unit))
        {
            string title = group.Key switch { "V" => "Voltage", "A" => "Current", "W" => "Power", "%" => "State of charge", _ => group.Key };
            html.Append(SvgPlot.Render(title, group.Key, group.ToList(), duration));
        }

        html.Append("</div>");
    }

    private static void Term(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(Encode(term)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
