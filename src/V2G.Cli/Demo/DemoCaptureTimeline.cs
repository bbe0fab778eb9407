using System;
using System.IO;
using System.Linq;
using V2G.Cli.Capture;

namespace V2G.Cli.Demo;

/// <summary>
/// The ending of <c>v2g demo</c>: the ISO 15118-2 session's messages, as encoded by its steps, are written into an
/// in-memory pcapng and read back through the pipeline of <c>v2g capture</c>, whose timeline is printed.
/// </summary>
internal static class DemoCaptureTimeline
{
    /// <summary>The line that opens the timeline (not a <c>==</c> step heading: the ending is no numbered step).</summary>
    public const string Heading = "-- timeline: the ISO 15118-2 session above, captured in memory and read back as by 'v2g capture'";

    /// <summary>Builds the capture of the ISO 15118-2 demo session.</summary>
    /// <returns>The pcapng bytes.</returns>
    public static byte[] Capture()
    {
        var capture = new DemoCaptureWriter(Iso2Session.SessionStartUnixSeconds);
        foreach (RoundTripStep step in Iso2SessionSteps.Session.Steps.OfType<RoundTripStep>())
        {
            capture.Send(IsRequest(step.Title), step.Encode());
        }

        return capture.ToArray();
    }

    /// <summary>Prints the heading and the timeline.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <returns>True if every frame of the capture decoded.</returns>
    public static bool Print(TextWriter output)
    {
        byte[] pcapng = Capture();
        CaptureReport report = CaptureReport.Read(pcapng, lenient: false);
        output.WriteLine();
        output.WriteLine(Heading);
        output.WriteLine($"({pcapng.Length} bytes of pcapng, {report.Sessions.Sum(s => s.Session.Messages.Count)} frames)");
        TimelineWriter.Write(report, output);
        return report.Sessions.All(s => s.Session.Messages.All(m => m.IsDecoded) && s.Session.Problems.Count == 0);
    }

    // Every step title starts with the message name: requests end in "Req".
    private static bool IsRequest(string title) => title.Split(':', 2)[0].EndsWith("Req", StringComparison.Ordinal);
}
