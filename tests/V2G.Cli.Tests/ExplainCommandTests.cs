using System;
using System.IO;
using System.Linq;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary><c>v2g explain</c>: one line per event, the end line, errors after the partial trace, help and usage.</summary>
public class ExplainCommandTests
{
    private const string Request = "8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040";

    [Fact]
    public void Explains_every_event_of_a_hex_stream_and_ends_with_the_end_line()
    {
        var result = CliRun.Run("explain", "--schema", "app-protocol", "--hex", Request);
        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(22, lines.Length); // 21 events and the end line
        Assert.Equal("@8+0 SD - state=Document code=0/1", lines[0]);
        Assert.Equal(
            "@12+1 CH /supportedAppProtocolReq/AppProtocol/ProtocolNamespace state=Start code=0/2 bits=13..221 type=STRING "
            + "(string literal length 25) value=\"urn:din:70121:2012:MsgDef\"",
            lines[4]);
        Assert.Contains("@256+1 CH /supportedAppProtocolReq/AppProtocol/Priority state=Start code=0/2 bits=257..262 type=NBIT_UNSIGNED_INTEGER (n-bit 5 offset 1) value=\"1\"", lines);
        Assert.Equal("# end: last event ends at bit 266; padding bits 266..272 (6) = 000000; bytes after the EXI body: 0", lines[^1]);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void The_end_line_of_a_shared_capture_matches_its_reference_trace()
    {
        string exi = Path.Combine(SharedVectors.Root, "vectors", "captures", "din", "din-0174.exi");
        var result = CliRun.Run("explain", "--schema", "din", exi);
        Assert.True(result.ExitCode == 0, result.ToString());
        string expected = File.ReadAllLines(Path.ChangeExtension(exi, ".trace")).Single(l => l.StartsWith("# end:", StringComparison.Ordinal));
        Assert.Equal(expected, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void A_broken_stream_prints_the_trace_up_to_the_error_then_one_error_line_and_exits_1()
    {
        // Byte 33 = 0xC0: the root's EE code at bit 264 reads 3, which the state (3 values) does not have.
        string hex = Request[..66] + "c0" + Request[68..];
        var result = CliRun.Run("explain", "--schema", "app-protocol", "--hex", hex);
        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("@263+1 EE /supportedAppProtocolReq/AppProtocol state=AfterPriority code=0/2\n", result.Stdout.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains("Unexpected content: expected AppProtocol or the end of the element (event code 3 of 3 values) at bit 264 in /supportedAppProtocolReq", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_the_line_format_and_examples()
    {
        var result = CliRun.Run("explain", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("v2g explain --schema NAME [--fragment] [--lenient]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("string literal length 25", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_schema_is_a_usage_error()
    {
        var result = CliRun.Run("explain", "--schema", "nope", "--hex", Request);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown schema 'nope'", result.Stderr, StringComparison.Ordinal);
    }
}
