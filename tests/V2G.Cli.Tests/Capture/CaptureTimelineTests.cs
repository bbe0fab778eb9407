using System;
using System.Linq;
using Xunit;

namespace V2G.Cli.Tests.Capture;

/// <summary>The text timeline of <c>v2g capture</c>.</summary>
public sealed class CaptureTimelineTests
{
    [Fact]
    public void Timeline_heads_the_session_and_prints_key_fields_with_units()
    {
        CliResult result = CaptureRun.Run(DcSessionCapture.Build());

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("session 1: client [fe80::2]:50123, server [fe80::1]:15118", lines[0]);
        Assert.Equal("  EV [fe80::2]:50123 (client), EVSE [fe80::1]:15118 (server)", lines[1]);
        Assert.Equal("  protocol: ISO 15118-2 (urn:iso:15118:2:2013:MsgDef, SchemaID 2, version 2.0); plain TCP (no TLS)", lines[2]);
        Assert.StartsWith("  started 2023-11-14 22:13:20.000 UTC (1700000000.000000); 20 messages, 0 not decoded, 0 stream problems", lines[3]);
        string[] messages = lines[4..];
        Assert.Equal(DcSessionCapture.MessageCount, messages.Length);
        Assert.Matches(@"^ +\+0\.003  EV->EVSE  supportedAppProtocolReq  AppProtocol=", messages[0]);
        Assert.EndsWith("EVSE->EV  SessionSetupRes  ResponseCode=OK_NewSessionEstablished SessionID=4A7C219E05B36D18", messages[3]);
        Assert.EndsWith(
            "EV->EVSE  CurrentDemandReq  EVRESSSOC=42 % EVTargetVoltage=400 V EVTargetCurrent=140 A ChargingComplete=false", messages[10]);
        Assert.EndsWith("EVSE->EV  CurrentDemandRes  ResponseCode=OK EVSEPresentVoltage=382 V EVSEPresentCurrent=140 A", messages[11]);
        Assert.Equal(10, messages.Count(l => l.Contains("  EV->EVSE  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_undecodable_frame_and_garbage_are_marked_on_their_lines()
    {
        var script = VectorSessions.For("din");
        var capture = new TcpCaptureBuilder(V2G.Transport.Capture.CaptureFormat.Pcap,
            new System.Net.IPEndPoint(System.Net.IPAddress.Parse("10.0.0.2"), 40000),
            new System.Net.IPEndPoint(System.Net.IPAddress.Parse("10.0.0.1"), 15118));
        for (int i = 0; i < script.Count; i++)
        {
            VectorMessage message = i == 3 ? script[i] with { Payload = [0x80, 0xFF] } : script[i];
            capture.Send(message.FromEv, i == 4 ? [0x01, 0x02, 0x03, .. message.Frame] : message.Frame);
        }

        CliResult result = CaptureRun.Run(capture.ToArray());

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] marked = result.Stdout.Split('\n').Where(l => l.Contains("!!", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, marked.Length);
        Assert.Contains("EVSE->EV  !! 0x8001 din not decoded: Decode: ", marked[0]);
        Assert.Contains("EV->EVSE  !! Garbage: 3 bytes at stream offset ", marked[1]);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliRun.Run("capture").ExitCode);
        Assert.Equal(2, CaptureRun.Run(DcSessionCapture.Build(), "--format", "yaml").ExitCode);
        Assert.Contains("unknown --format 'yaml' (expected text or json)", CaptureRun.Run(DcSessionCapture.Build(), "--format", "yaml").Stderr);
    }

    [Fact]
    public void Help_names_every_option()
    {
        CliResult result = CliRun.Run("capture", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.All(
            new[] { "--format text|json", "--html REPORT.html", "--lenient", "Exit codes:", "Examples:" },
            s => Assert.Contains(s, result.Stdout));
    }

    [Fact]
    public void Demo_ends_with_the_timeline_of_its_session_captured_in_memory()
    {
        CliResult result = CliRun.Run("demo");

        Assert.True(result.ExitCode == 0, result.ToString());
        string tail = result.Stdout[result.Stdout.IndexOf(V2G.Cli.Demo.DemoCaptureTimeline.Heading, StringComparison.Ordinal)..];
        string[] lines = tail.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("24 frames", lines[1]);
        Assert.Equal("session 1: client [fe80::21a:7dff:fec4:339f]:49152, server [fe80::1]:15118", lines[2]);
        Assert.Contains("24 messages, 0 not decoded, 0 stream problems", lines[5]);
        Assert.EndsWith("EVSE->EV  CurrentDemandRes  ResponseCode=OK EVSEPresentVoltage=386.2 V EVSEPresentCurrent=199.6 A "
            + "EVSEMaximumVoltageLimit=920 V EVSEMaximumCurrentLimit=200 A EVSEMaximumPowerLimit=150000 W", lines[6 + 19]);
        Assert.EndsWith("EVSE->EV  SessionStopRes  ResponseCode=OK", lines[^1]);
    }
}
