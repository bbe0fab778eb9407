using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using V2G.Cli.Commands;
using V2G.Cli.Demo;
using V2G.Messages.AppProtocol;
using V2G.Messages.Iso2;
using Xunit;
using AppProtocolResponseCode = V2G.Messages.AppProtocol.ResponseCodeType;

namespace V2G.Cli.Tests;

public class DemoTests
{
    /// <summary>The document (app protocol) or body element (ISO 15118-2) of every step, in order.</summary>
    private static readonly string[] ExpectedMessages =
    [
        "supportedAppProtocolReq", "supportedAppProtocolRes",
        "SessionSetupReq", "SessionSetupRes",
        "ServiceDiscoveryReq", "ServiceDiscoveryRes",
        "PaymentServiceSelectionReq", "PaymentServiceSelectionRes",
        "AuthorizationReq", "AuthorizationRes",
        "ChargeParameterDiscoveryReq", "ChargeParameterDiscoveryRes",
        "CableCheckReq", "CableCheckRes",
        "PreChargeReq", "PreChargeRes",
        "PowerDeliveryReq", "PowerDeliveryRes",
        "CurrentDemandReq", "CurrentDemandRes",
        "PowerDeliveryReq", "PowerDeliveryRes",
        "SessionStopReq", "SessionStopRes",
    ];

    private static readonly Lazy<CliResult> DemoRun = new(() => CliRun.Run("demo"));

    private static readonly XNamespace MsgDef = "urn:iso:15118:2:2013:MsgDef";
    private static readonly XNamespace MsgHeader = "urn:iso:15118:2:2013:MsgHeader";

    [Fact]
    public void Demo_Exit0_EveryStepBytesMatch()
    {
        CliResult r = DemoRun.Value;

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        string[] lines = r.Stdout.Split('\n');
        Assert.Equal(DemoSteps.All.Count, lines.Count(l => l == "bytes match: yes"));
        Assert.Equal(DemoSteps.All.Count, lines.Count(l => l == "decoded message equals the one built: yes"));
        Assert.DoesNotContain(lines, l => l.EndsWith(": no", StringComparison.Ordinal));
        Assert.Contains($"demo: all {DemoSteps.All.Count} steps passed", r.Stdout);
    }

    [Fact]
    public void Demo_ListsEveryStepInOrder()
    {
        List<DemoStepOutput> steps = DemoTranscript.Parse(DemoRun.Value.Stdout);

        Assert.Equal(DemoSteps.All.Select(s => s.Title), steps.Select(s => s.Title));
        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.Number));
        Assert.All(steps, s => Assert.Equal(steps.Count, s.Count));
        Assert.Equal(ExpectedMessages, steps.Select(s => MessageName(XDocument.Parse(s.Xml).Root!)));
        Assert.All(steps.Zip(ExpectedMessages), pair => Assert.StartsWith(pair.Second + ":", pair.First.Title));
    }

    [Fact]
    public void Demo_EachPrintedHexDecodesToThePrintedXml()
    {
        List<DemoStepOutput> steps = DemoTranscript.Parse(DemoRun.Value.Stdout);
        Assert.Equal(ExpectedMessages.Length, steps.Count);

        foreach (DemoStepOutput step in steps)
        {
            CliResult decoded = CliRun.Run("decode", "--schema", step.Schema, "--hex", step.Hex);

            Assert.True(decoded.ExitCode == 0, $"step {step.Number}: {decoded}");
            XmlSame.Equal(step.Xml, decoded.Stdout);
        }
    }

    [Fact]
    public void Demo_HandshakeThenIso2()
    {
        List<DemoStepOutput> steps = DemoTranscript.Parse(DemoRun.Value.Stdout);

        Assert.Equal(["app-protocol", "app-protocol"], steps.Take(2).Select(s => s.Schema));
        Assert.All(steps.Skip(2), s => Assert.Equal("iso2", s.Schema));
    }

    [Fact]
    public void Demo_Iso2Session_OneSessionIdAfterSetup()
    {
        List<string> sessionIds = DemoTranscript.Parse(DemoRun.Value.Stdout)
            .Where(s => s.Schema == "iso2")
            .Select(s => XDocument.Parse(s.Xml).Root!.Element(MsgDef + "Header")!.Element(MsgHeader + "SessionID")!.Value)
            .ToList();

        Assert.Equal("00", sessionIds[0]);
        Assert.Equal("4A7C219E05B36D18", Convert.ToHexString(Iso2Session.SessionId()));
        Assert.All(sessionIds.Skip(1), id => Assert.Equal("4A7C219E05B36D18", id));
    }

    [Fact]
    public void Demo_ShowsRequestAndResponse()
    {
        CliResult r = DemoRun.Value;

        Assert.Contains("<ProtocolNamespace>urn:din:70121:2012:MsgDef</ProtocolNamespace>", r.Stdout);
        Assert.Contains("<ProtocolNamespace>urn:iso:15118:2:2013:MsgDef</ProtocolNamespace>", r.Stdout);
        Assert.Contains("<ResponseCode>OK_SuccessfulNegotiation</ResponseCode>", r.Stdout);
        Assert.Contains("<SchemaID>2</SchemaID>\n</appprotocol:supportedAppProtocolRes>", r.Stdout.Replace("  ", string.Empty));
        string requestHex = Convert.ToHexString(AppProtocolCodec.Encode(AppProtocolSamples.Request()));
        Assert.Contains("encoded (" + (requestHex.Length / 2) + " bytes): " + requestHex, r.Stdout);
        // The well-known handshake prefix: header 0x80, SE(supportedAppProtocolReq), "urn:din:70121:2012:MsgDef".
        Assert.StartsWith("8000DBAB9371D3234B71D1B9", requestHex);
    }

    [Fact]
    public void Demo_SampleRequestPrefersIso2()
    {
        SupportedAppProtocolReq req = AppProtocolSamples.Request();

        Assert.Collection(
            req.AppProtocol,
            p => Assert.Equal(("urn:din:70121:2012:MsgDef", 2u, 0u, (byte)1, (byte)2), (p.ProtocolNamespace, p.VersionNumberMajor, p.VersionNumberMinor, p.SchemaID, p.Priority)),
            p => Assert.Equal(("urn:iso:15118:2:2013:MsgDef", 2u, 0u, (byte)2, (byte)1), (p.ProtocolNamespace, p.VersionNumberMajor, p.VersionNumberMinor, p.SchemaID, p.Priority)));
        Assert.Equal((byte)2, AppProtocolSamples.Response().SchemaID);
    }

    [Fact]
    public void Iso2Samples_TellOneConsistentStory()
    {
        var discovery = Body<ChargeParameterDiscoveryResType>(Iso2ChargeParameterSamples.Response());
        var evse = Assert.IsType<DC_EVSEChargeParameterType>(discovery.EVSEChargeParameter);
        var ev = Assert.IsType<DC_EVChargeParameterType>(Body<ChargeParameterDiscoveryReqType>(Iso2ChargeParameterSamples.Request()).EVChargeParameter);
        var schedules = Assert.IsType<SAScheduleListType>(discovery.SASchedules);
        byte[] offered = schedules.SAScheduleTuple.Select(t => t.SAScheduleTupleID).ToArray();
        var demand = Body<CurrentDemandReqType>(Iso2ChargingSamples.CurrentDemandRequest());
        var delivered = Body<CurrentDemandResType>(Iso2ChargingSamples.CurrentDemandResponse());
        var setup = Body<SessionSetupResType>(Iso2SetupSamples.SessionSetupResponse());

        Assert.Contains(Body<PowerDeliveryReqType>(Iso2ChargingSamples.PowerDeliveryStartRequest()).SAScheduleTupleID, offered);
        Assert.Contains(Body<PowerDeliveryReqType>(Iso2StopSamples.PowerDeliveryStopRequest()).SAScheduleTupleID, offered);
        Assert.Contains(delivered.SAScheduleTupleID, offered);
        Assert.Equal(setup.EVSEID, delivered.EVSEID);
        Assert.InRange(Si(demand.EVTargetCurrent), Si(evse.EVSEMinimumCurrentLimit), Si(evse.EVSEMaximumCurrentLimit));
        Assert.InRange(Si(demand.EVTargetCurrent), 0, Si(ev.EVMaximumCurrentLimit));
        Assert.InRange(Si(delivered.EVSEPresentVoltage), Si(evse.EVSEMinimumVoltageLimit), Si(ev.EVMaximumVoltageLimit));
        Assert.InRange(Si(delivered.EVSEPresentVoltage) * Si(delivered.EVSEPresentCurrent), 0, Si(ev.EVMaximumPowerLimit!));
        Assert.InRange(Si(ev.EVEnergyRequest!), 0, Si(ev.EVEnergyCapacity!));
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

    [Fact]
    public void RoundTripStep_DecodedMessageDiffersFromTheOneBuilt_Fails()
    {
        var step = new RoundTripStep(
            "response",
            "app-protocol",
            () => AppProtocolCodec.Encode(AppProtocolSamples.Response()),
            () => AppProtocolCodec.ToXml(new SupportedAppProtocolRes { ResponseCode = AppProtocolResponseCode.Failed_NoNegotiation }));
        var output = new StringWriter { NewLine = "\n" };

        bool passed = step.Run(output);

        Assert.False(passed);
        Assert.Contains("decoded message equals the one built: no\n", output.ToString());
        Assert.Contains("bytes match: yes\n", output.ToString());
    }

    private static T Body<T>(V2G_Message message)
        where T : BodyBaseType => Assert.IsType<T>(message.Body.BodyElement);

    private static double Si(PhysicalValueType value) => value.Value * Math.Pow(10, value.Multiplier);

    /// <summary>The app-protocol root, or the body element of a V2G_Message.</summary>
    private static string MessageName(XElement root) =>
        root.Name.LocalName == "V2G_Message"
            ? root.Element(MsgDef + "Body")!.Elements().Single().Name.LocalName
            : root.Name.LocalName;

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
