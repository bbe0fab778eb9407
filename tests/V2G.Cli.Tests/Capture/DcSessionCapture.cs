using System.Net;
using V2G.Cli.Demo;
using AppProtocolCodec = V2G.Messages.AppProtocol.AppProtocolCodec;
using V2G.Messages.Iso2;
using V2G.Transport.Capture;
using V2G.Transport.V2gtp;

namespace V2G.Cli.Tests.Capture;

/// <summary>
/// An ISO 15118-2 DC session built with the codecs: handshake, SessionSetup, PreCharge, then <see cref="LoopCount"/>
/// CurrentDemand pairs ramping the current up (SoC 40 % + i, 100 A + 20 A x i at 380 V + i V), then SessionStop.
/// </summary>
internal static class DcSessionCapture
{
    public const int LoopCount = 6;

    /// <summary>Handshake 2 + SessionSetup 2 + PreCharge 2 + CurrentDemand 2 x LoopCount + SessionStop 2.</summary>
    public const int MessageCount = 8 + (2 * LoopCount);

    public static byte[] Build(string evseId = Iso2Session.EvseId)
    {
        var capture = new TcpCaptureBuilder(CaptureFormat.PcapNg, new IPEndPoint(IPAddress.Parse("fe80::2"), 50123),
            new IPEndPoint(IPAddress.Parse("fe80::1"), 15118));
        Send(capture, true, AppProtocolCodec.Encode(AppProtocolSamples.Request()));
        Send(capture, false, AppProtocolCodec.Encode(AppProtocolSamples.Response()));
        Send(capture, true, Iso2SetupSamples.SessionSetupRequest());
        Send(capture, false, Iso2SetupSamples.SessionSetupResponse());
        Send(capture, true, Iso2PreparationSamples.PreChargeRequest());
        Send(capture, false, Iso2PreparationSamples.PreChargeResponse());
        for (int i = 0; i < LoopCount; i++)
        {
            Send(capture, true, Iso2Session.Message(new CurrentDemandReqType
            {
                DC_EVStatus = Iso2Status.Ev((byte)(40 + i)),
                EVTargetCurrent = Iso2Values.Amperes((short)(100 + (20 * i))),
                EVTargetVoltage = Iso2Values.Volts(400),
                ChargingComplete = false,
            }));
            Send(capture, false, Iso2Session.Message(new CurrentDemandResType
            {
                ResponseCode = ResponseCodeType.OK,
                DC_EVSEStatus = Iso2Status.Evse(IsolationLevelType.Valid),
                EVSEPresentVoltage = Iso2Values.Volts((short)(3800 + (10 * i)), -1),
                EVSEPresentCurrent = Iso2Values.Amperes((short)(100 + (20 * i))),
                EVSECurrentLimitAchieved = false,
                EVSEVoltageLimitAchieved = false,
                EVSEPowerLimitAchieved = false,
                EVSEID = evseId,
                SAScheduleTupleID = 1,
            }));
        }

        Send(capture, true, Iso2StopSamples.SessionStopRequest());
        Send(capture, false, Iso2StopSamples.SessionStopResponse());
        return capture.ToArray();
    }

    private static void Send(TcpCaptureBuilder capture, bool fromEv, V2G_Message message) => Send(capture, fromEv, Iso2Codec.Encode(message));

    private static void Send(TcpCaptureBuilder capture, bool fromEv, byte[] exi) =>
        capture.Send(fromEv, V2gtpWriter.WriteFrame(V2gtpPayloadType.Exi, exi));
}
