using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace V2G.Cli.Tests.Capture;

/// <summary><c>v2g capture --html</c>: the file itself, and the page as headless Chromium renders it.</summary>
public sealed partial class HtmlReportTests(ITestOutputHelper output)
{
    private static readonly string[] PlottedSeries =
        ["EVTargetVoltage", "EVSEPresentVoltage", "EVTargetCurrent", "EVSEPresentCurrent", "Power", "SoC"];

    [ChromiumFact]
    public async Task The_report_of_a_dc_session_renders_in_chromium_with_every_message_and_series_and_no_script_error()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "artefacts");
        Directory.CreateDirectory(folder);
        string html = Path.Combine(folder, "capture-report.html");
        string png = Path.Combine(folder, "capture-report.png");
        CliResult result = CaptureRun.Run(DcSessionCapture.Build(), "--html", html);
        Assert.True(result.ExitCode == 0, result.ToString());

        (string dom, string log) = await CaptureChromium.DumpDomAsync(new Uri(html));
        await CaptureChromium.ScreenshotAsync(new Uri(html), png);
        output.WriteLine($"report: {html}\nscreenshot: {png} ({new FileInfo(png).Length} bytes)");

        Assert.Contains("data-script-ran=\"yes\"", dom);
        Assert.Contains("data-script-errors=\"0\"", dom);
        Assert.DoesNotContain("Uncaught", log);
        Assert.DoesNotMatch(ConsoleError(), log);
        Assert.Equal(DcSessionCapture.MessageCount.ToString(), MessageCount().Match(dom).Groups[1].Value);
        Assert.Equal(DcSessionCapture.MessageCount, MessageElement().Matches(dom).Count);
        var series = Series().Matches(dom).Select(m => (m.Groups["name"].Value, int.Parse(m.Groups["points"].Value))).ToList();
        // PreCharge adds a point to EVTargetVoltage, EVTargetCurrent, EVSEPresentVoltage and SoC.
        Assert.Equal(
            [("EVTargetVoltage", 7), ("EVSEPresentVoltage", 7), ("EVTargetCurrent", 7), ("EVSEPresentCurrent", 6), ("Power", 6), ("SoC", 7)],
            series);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is not blank");
    }

    [Fact]
    public void The_report_is_self_contained_and_encodes_values_from_the_capture()
    {
        using var folder = new TempDirectory();
        string html = folder.File("report.html");
        CliResult result = CaptureRun.Run(DcSessionCapture.Build("DE*<b>X&amp;*1"), "--html", html);
        Assert.True(result.ExitCode == 0, result.ToString());
        string page = File.ReadAllText(html);

        Assert.DoesNotMatch(@"\b(src|href)\s*=|@import|url\(|<link|<img|<iframe", page);
        Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(page, "https?://[^\"' <]+").Select(m => m.Value).Distinct());
        Assert.DoesNotContain("<b>X", page);
        Assert.Contains("DE*&lt;b&gt;X&amp;amp;*1", page);
        Assert.Equal(PlottedSeries, Series().Matches(page).Select(m => m.Groups["name"].Value));
        Assert.Contains("data-error-count=\"0\"", page);
        Assert.Contains("time since session start (s)", page);
        Assert.Contains("Voltage (V)", page);
    }

    [Fact]
    public void An_undecodable_message_is_highlighted_in_the_report()
    {
        var script = VectorSessions.For("iso2");
        var capture = new TcpCaptureBuilder(V2G.Transport.Capture.CaptureFormat.PcapNg,
            new System.Net.IPEndPoint(System.Net.IPAddress.Parse("fe80::2"), 50000),
            new System.Net.IPEndPoint(System.Net.IPAddress.Parse("fe80::1"), 15118));
        for (int i = 0; i < script.Count; i++)
        {
            capture.Send(script[i].FromEv, (i == 5 ? script[i] with { Payload = [0x80, 0xFF, 0xFF] } : script[i]).Frame);
        }

        using var folder = new TempDirectory();
        string html = folder.File("report.html");
        Assert.Equal(0, CaptureRun.Run(capture.ToArray(), "--html", html).ExitCode);
        string page = File.ReadAllText(html);

        Assert.Contains("data-error-count=\"1\"", page);
        Match error = Regex.Match(page,
            "<details class=\"message error\" data-direction=\"EVSE-&gt;EV\" data-name=\"not decoded\" data-family=\"iso2\" data-error=\"true\">");
        Assert.True(error.Success, page);
        Assert.Contains("<p class=\"error-text\">Decode: ", page);
    }

    [GeneratedRegex("<main data-message-count=\"(\\d+)\"")]
    private static partial Regex MessageCount();

    [GeneratedRegex("<details class=\"message")]
    private static partial Regex MessageElement();

    [GeneratedRegex("<path data-series=\"(?<name>\\w+)\" data-points=\"(?<points>\\d+)\"")]
    private static partial Regex Series();

    [GeneratedRegex(@"CONSOLE\(\d+\)|:ERROR:CONSOLE|Uncaught \w+Error")]
    private static partial Regex ConsoleError();
}
