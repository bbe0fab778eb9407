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
    private const string Iso2SessionTitle = "ISO 15118-2 DC session";
    private const string Iso20SessionTitle = "ISO 15118-20 DC session";
    internal const string PncSessionTitle = "Plug'n'Charge (ISO 15118-2 and ISO 15118-20)";

    /// <summary>The document (app protocol) or body element (ISO 15118-2) of every ISO-2 session step, in order.</summary>
    private static readonly string[] ExpectedIso2Messages =
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

    /// <summary>The document root of every ISO-20 session step, in order.</summary>
    private static readonly string[] ExpectedIso20Messages =
    [
        "supportedAppProtocolReq", "supportedAppProtocolRes",
        "SessionSetupReq", "SessionSetupRes",
        "AuthorizationSetupReq", "AuthorizationSetupRes",
        "AuthorizationReq", "AuthorizationRes",
        "ServiceDiscoveryReq", "ServiceDiscoveryRes",
        "ServiceDetailReq", "ServiceDetailRes",
        "ServiceSelectionReq", "ServiceSelectionRes",
        "DC_ChargeParameterDiscoveryReq", "DC_ChargeParameterDiscoveryRes",
        "ScheduleExchangeReq", "ScheduleExchangeRes",
        "DC_CableCheckReq", "DC_CableCheckRes",
        "DC_PreChargeReq", "DC_PreChargeRes",
        "PowerDeliveryReq", "PowerDeliveryRes",
        "DC_ChargeLoopReq", "DC_ChargeLoopRes",
        "PowerDeliveryReq", "PowerDeliveryRes",
        "SessionStopReq", "SessionStopRes",
    ];

    /// <summary>The message of every Plug'n'Charge step, in order (the AuthorizationReq is shown again for the refused replay).</summary>
    internal static readonly string[] ExpectedPncMessages =
    [
        "CertificateInstallationReq", "CertificateInstallationRes",
        "PaymentDetailsReq", "PaymentDetailsRes", "AuthorizationReq", "AuthorizationReq", "ChargeParameterDiscoveryRes", "MeteringReceiptReq",
        "AuthorizationSetupRes", "CertificateInstallationReq", "CertificateInstallationRes", "AuthorizationReq", "MeteringConfirmationReq",
    ];

    private static readonly string[] ExpectedMessages = [.. ExpectedIso2Messages, .. ExpectedIso20Messages, .. ExpectedPncMessages];

    /// <summary>One run of <c>v2g demo</c> shared by the demo tests.</summary>
    internal static readonly Lazy<CliResult> DemoRun = new(() => CliRun.Run("demo"));

    private static readonly XNamespace MsgDef = "urn:iso:15118:2:2013:MsgDef";
    private static readonly XNamespace MsgHeader = "urn:iso:15118:2:2013:MsgHeader";
    private static readonly XNamespace Iso20CommonTypes = "urn:iso:std:iso:15118:-20:CommonTypes";

    [Fact]
    public void Demo_Exit0_EveryStepBytesMatch()
    {
        CliResult r = DemoRun.Value;
        // Every numbered step shows one message; the Plug'n'Charge steps add their checks after the round trip.
        int roundTrips = DemoSteps.All.Count(s => s.IsCheck);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        string[] lines = r.Stdout.Split('\n');
        Assert.Equal(ExpectedMessages.Length, roundTrips);
        Assert.Equal(roundTrips, DemoSteps.All.OfType<RoundTripStep>().Count() + DemoSteps.All.OfType<CheckedMessageStep>().Count());
        Assert.Equal(roundTrips, lines.Count(l => l == "bytes match: yes"));
        Assert.Equal(roundTrips, lines.Count(l => l == "decoded message equals the one built: yes"));
        Assert.DoesNotContain(lines, l => l.EndsWith(": no", StringComparison.Ordinal));
        Assert.Contains($"demo: all {roundTrips} steps passed", r.Stdout);
    }

    [Fact]
    public void Demo_ListsEveryStepInOrder()
    {
        List<DemoHeading> headings = DemoTranscript.Headings(DemoRun.Value.Stdout);
        List<DemoStepOutput> steps = DemoTranscript.Parse(DemoRun.Value.Stdout);

        Assert.Equal(DemoSteps.All.Select(s => s.Title), headings.Select(h => h.Title));
        var numbered = headings.Where(h => !h.IsSessionHeading).ToList();
        Assert.Equal(Enumerable.Range(1, numbered.Count), numbered.Select(h => h.Number));
        Assert.All(numbered, h => Assert.Equal(numbered.Count, h.Count));
        Assert.Equal(ExpectedMessages, steps.Select(s => MessageName(XDocument.Parse(s.Xml).Root!)));
        Assert.All(steps.Zip(ExpectedMessages), pair => Assert.StartsWith(pair.Second + ":", pair.First.Title));
    }

    [Fact]
    public void Demo_OneBannerHeadingPerSession_BeforeItsSteps()
    {
        List<DemoHeading> headings = DemoTranscript.Headings(DemoRun.Value.Stdout);
        List<DemoStepOutput> steps = DemoTranscript.Parse(DemoRun.Value.Stdout);

        Assert.Equal([Iso2SessionTitle, Iso20SessionTitle, PncSessionTitle], DemoSteps.Sessions.Select(s => s.Title));
        Assert.Equal([Iso2SessionTitle, Iso20SessionTitle, PncSessionTitle], headings.Where(h => h.IsSessionHeading).Select(h => h.Title));
        Assert.Equal(
            [0, ExpectedIso2Messages.Length + 1, ExpectedIso2Messages.Length + ExpectedIso20Messages.Length + 2],
            headings.Select((h, i) => (h, i)).Where(p => p.h.IsSessionHeading).Select(p => p.i));
        Assert.All(headings.Where(h => h.IsSessionHeading), h =>
        {
            Assert.Contains("# " + h.Title.ToUpperInvariant(), h.Lines);
            Assert.Contains(h.Lines, l => l.Length > 20 && l.All(c => c == SessionHeadingStep.BannerCharacter));
        });
        Assert.Equal(ExpectedIso2Messages.Length, steps.Count(s => s.Session == Iso2SessionTitle));
        Assert.Equal(ExpectedIso20Messages.Length, steps.Count(s => s.Session == Iso20SessionTitle));
        Assert.Equal(ExpectedPncMessages.Length, steps.Count(s => s.Session == PncSessionTitle));
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
    public void Demo_Iso2Session_HandshakeThenIso2()
    {
        List<DemoStepOutput> steps = SessionSteps(Iso2SessionTitle);

        Assert.Equal(["app-protocol", "app-protocol"], steps.Take(2).Select(s => s.Schema));
        Assert.All(steps.Skip(2), s => Assert.Equal("iso2", s.Schema));
    }

    [Fact]
    public void Demo_Iso20Session_HandshakeThenCommonMessagesAndDc()
    {
        List<DemoStepOutput> steps = SessionSteps(Iso20SessionTitle);

        Assert.Equal(["app-protocol", "app-protocol"], steps.Take(2).Select(s => s.Schema));
        Assert.All(steps.Skip(2), s =>
        {
            XElement root = XDocument.Parse(s.Xml).Root!;
            bool dc = root.Name.LocalName.StartsWith("DC_", StringComparison.Ordinal);
            Assert.Equal(dc ? "iso20-dc" : "iso20-common", s.Schema);
            Assert.Equal(dc ? "urn:iso:std:iso:15118:-20:DC" : "urn:iso:std:iso:15118:-20:CommonMessages", root.Name.NamespaceName);
        });
        Assert.Equal(8, steps.Count(s => s.Schema == "iso20-dc"));
        Assert.Equal(20, steps.Count(s => s.Schema == "iso20-common"));
    }

    [Fact]
    public void Demo_Iso2Session_OneSessionIdAfterSetup()
    {
        List<string> sessionIds = SessionSteps(Iso2SessionTitle)
            .Where(s => s.Schema == "iso2")
            .Select(s => XDocument.Parse(s.Xml).Root!.Element(MsgDef + "Header")!.Element(MsgHeader + "SessionID")!.Value)
            .ToList();

        Assert.Equal("00", sessionIds[0]);
        Assert.Equal("4A7C219E05B36D18", Convert.ToHexString(Iso2Session.SessionId()));
        Assert.All(sessionIds.Skip(1), id => Assert.Equal("4A7C219E05B36D18", id));
    }

    [Fact]
    public void Demo_Iso20Session_OneSessionIdAfterSetup_TimeStampsNeverGoBack()
    {
        List<XElement> headers = SessionSteps(Iso20SessionTitle)
            .Where(s => s.Schema != "app-protocol")
            .Select(s => XDocument.Parse(s.Xml).Root!.Element(Iso20CommonTypes + "Header")!)
            .ToList();
        List<string> sessionIds = headers.Select(h => h.Element(Iso20CommonTypes + "SessionID")!.Value).ToList();
        List<ulong> timeStamps = headers.Select(h => ulong.Parse(h.Element(Iso20CommonTypes + "TimeStamp")!.Value)).ToList();

        Assert.Equal(ExpectedIso20Messages.Length - 2, headers.Count);
        Assert.Equal("0000000000000000", sessionIds[0]);
        Assert.Equal("9C2F61D83A05E741", Convert.ToHexString(Iso20Session.SessionId()));
        Assert.All(sessionIds.Skip(1), id => Assert.Equal("9C2F61D83A05E741", id));
        Assert.Equal(Iso20Session.StartUnixSeconds, timeStamps[0]);
        Assert.All(timeStamps.Zip(timeStamps.Skip(1)), pair => Assert.True(pair.First <= pair.Second, $"{pair.First} > {pair.Second}"));
        Assert.InRange(timeStamps[^1] - timeStamps[0], 10UL * 60, 60UL * 60);
    }

    [Fact]
    public void Demo_ShowsRequestAndResponse()
    {
        CliResult r = DemoRun.Value;

        Assert.Contains("<ProtocolNamespace>urn:din:70121:2012:MsgDef</ProtocolNamespace>", r.Stdout);
        Assert.Contains("<ProtocolNamespace>urn:iso:15118:2:2013:MsgDef</ProtocolNamespace>", r.Stdout);
        Assert.Contains("<ProtocolNamespace>urn:iso:std:iso:15118:-20:DC</ProtocolNamespace>", r.Stdout);
        Assert.Contains("<ResponseCode>OK_SuccessfulNegotiation</ResponseCode>", r.Stdout);
        Assert.Contains("<SchemaID>2</SchemaID>\n</app:supportedAppProtocolRes>", r.Stdout.Replace("  ", string.Empty));
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
    public void Demo_Iso20Handshake_OffersIso20DcFirst_ChargerSelectsIt()
    {
        SupportedAppProtocolReq req = AppProtocolSamples.Iso20DcRequest();
        SupportedAppProtocolRes res = AppProtocolSamples.Iso20DcResponse();

        Assert.Collection(
            req.AppProtocol,
            p => Assert.Equal(("urn:iso:std:iso:15118:-20:DC", 1u, 0u, (byte)1, (byte)1), (p.ProtocolNamespace, p.VersionNumberMajor, p.VersionNumberMinor, p.SchemaID, p.Priority)),
            p => Assert.Equal(("urn:iso:15118:2:2013:MsgDef", 2u, 0u, (byte)2, (byte)2), (p.ProtocolNamespace, p.VersionNumberMajor, p.VersionNumberMinor, p.SchemaID, p.Priority)));
        Assert.Equal(AppProtocolResponseCode.OK_SuccessfulNegotiation, res.ResponseCode);
        Assert.Equal(req.AppProtocol.MinBy(p => p.Priority)!.SchemaID, res.SchemaID);
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

    private static List<DemoStepOutput> SessionSteps(string session) =>
        DemoTranscript.Parse(DemoRun.Value.Stdout).Where(s => s.Session == session).ToList();

    internal static T Body<T>(V2G_Message message)
        where T : BodyBaseType => Assert.IsType<T>(message.Body.BodyElement);

    private static double Si(PhysicalValueType value) => value.Value * Math.Pow(10, value.Multiplier);

    /// <summary>The app-protocol root, or the body element of a V2G_Message.</summary>
    internal static string MessageName(XElement root) =>
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
