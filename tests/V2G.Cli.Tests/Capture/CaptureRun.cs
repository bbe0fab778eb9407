using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace V2G.Cli.Tests.Capture;

/// <summary>Runs <c>v2g capture</c> on capture bytes written to a temporary file.</summary>
internal static class CaptureRun
{
    public static CliResult Run(byte[] capture, params string[] options)
    {
        using var folder = new TempDirectory();
        string file = folder.File("test.pcapng");
        File.WriteAllBytes(file, capture);
        return CliRun.Run([.. new[] { "capture", file }.Concat(options)]);
    }

    /// <summary>The JSON of <c>--format json</c>; fails the test when the run did not exit 0.</summary>
    public static JsonDocument Json(byte[] capture)
    {
        CliResult result = Run(capture, "--format", "json");
        Xunit.Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout);
    }

    /// <summary>Each message of a JSON session as <c>direction payloadType family message</c> (or the error).</summary>
    public static IReadOnlyList<string> Describe(JsonElement session) =>
        session.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("direction").GetString()} {m.GetProperty("payloadType").GetString()} "
                + $"{m.GetProperty("family").GetString()} {m.GetProperty("message").GetString() ?? "error: " + m.GetProperty("error").GetString()}")
            .ToList();
}
