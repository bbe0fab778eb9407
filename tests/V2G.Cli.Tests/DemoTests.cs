using System;
using System.IO;
using System.Linq;
using V2G.Cli.Commands;
using V2G.Cli.Demo;
using V2G.Messages.AppProtocol;
using Xunit;

namespace V2G.Cli.Tests;

public class DemoTests
{
    [Fact]
    public void Demo_Exit0_EveryStepBytesMatch()
    {
        CliResult r = CliRun.Run("demo");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        int matches = r.Stdout.Split('\n').Count(l => l == "bytes match: yes");
        Assert.Equal(DemoSteps.All.Count, matches);
        Assert.DoesNotContain("bytes match: no", r.Stdout);
        Assert.Contains("demo: all 2 steps passed", r.Stdout);
    }

    [Fact]
    public void Demo_ShowsRequestAndResponse()
    {
        CliResult r = CliRun.Run("demo");

        Assert.Contains("<ProtocolNamespace>urn:din:70121:2012:MsgDef</ProtocolNamespace>", r.Stdout);
        Assert.Contains("<ProtocolNamespace>urn:iso:15118:2:2013:MsgDef</ProtocolNamespace>", r.Stdout);
        Assert.Contains("<ResponseCode>OK_SuccessfulNegotiation</ResponseCode>", r.Stdout);
        string requestHex = Convert.ToHexString(AppProtocolCodec.Encode(AppProtocolSamples.Request()));
        Assert.Contains("encoded (" + (requestHex.Length / 2) + " bytes): " + requestHex, r.Stdout);
        // The well-known DIN handshake prefix: header 0x80, SE(supportedAppProtocolReq), "urn:din:70121:2012:MsgDef".
        Assert.StartsWith("8000DBAB9371D3234B71D1B9", requestHex);
    }

    [Fact]
    public void Demo_SampleRequestHasTheTwoProtocols()
    {
        SupportedAppProtocolReq req = AppProtocolSamples.Request();

        Assert.Collection(
            req.AppProtocol,
            p => Assert.Equal(("urn:din:70121:2012:MsgDef", 2u, 0u, (byte)1, (byte)1), (p.ProtocolNamespace, p.VersionNumberMajor, p.VersionNumberMinor, p.SchemaID, p.Priority)),
            p => Assert.Equal(("urn:iso:15118:2:2013:MsgDef", 2u, 0u, (byte)2, (byte)2), (p.ProtocolNamespace, p.VersionNumberMajor, p.VersionNumberMinor, p.SchemaID, p.Priority)));
    }

    [Fact]
    public void FailingStep_Exit1_OtherStepsStillRun()
    {
        var steps = new IDemoStep[] { new FixedStep("mismatch", passes: false), new FixedStep("fine", passes: true) };
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = DemoCommand.Run(steps, new CliConsole(new MemoryStream(), stdout, stderr));

        Assert.Equal(1, exit);
        Assert.Contains("ran fine", stdout.ToString());
        Assert.Contains("demo: 1 of 2 steps failed", stdout.ToString());
    }

    [Fact]
    public void ThrowingStep_ReportedOnStderr_Exit1()
    {
        var steps = new IDemoStep[] { new RoundTripStep("broken", "app-protocol", () => new byte[] { 0x80, 0x00 }) };
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = DemoCommand.Run(steps, new CliConsole(new MemoryStream(), stdout, stderr));

        Assert.Equal(1, exit);
        Assert.StartsWith("step 1/1: error: ", stderr.ToString());
        Assert.Contains("bit", stderr.ToString());
    }

    private sealed class FixedStep(string title, bool passes) : IDemoStep
    {
        public string Title => title;

        public bool Run(TextWriter output)
        {
            output.WriteLine("ran " + title);
            return passes;
        }
    }
}
