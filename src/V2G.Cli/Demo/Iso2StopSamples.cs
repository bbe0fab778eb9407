using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>The end of the demo session: PowerDelivery (stop) at the target SOC, then SessionStop.</summary>
internal static class Iso2StopSamples
{
    /// <summary>The state of charge in percent when the EV stops.</summary>
    private const byte StopSoc = 80;

    /// <summary>The EV has reached its target and stops the energy transfer.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PowerDeliveryStopRequest() => Iso2Session.Message(new PowerDeliveryReqType
    {
        ChargeProgress = ChargeProgressType.Stop,
        SAScheduleTupleID = Iso2Session.ScheduleTupleId,
        EVPowerDeliveryParameter = new DC_EVPowerDeliveryParameterType
        {
            DC_EVStatus = Iso2Status.Ev(StopSoc),
            BulkChargingComplete = true,
            ChargingComplete = true,
        },
    });

    /// <summary>The charger has ramped down its output.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PowerDeliveryStopResponse() => Iso2Session.Message(new PowerDeliveryResType
    {
        ResponseCode = ResponseCodeType.OK,
        EVSEStatus = Iso2Status.Evse(IsolationLevelType.Valid),
    });

    /// <summary>The EV ends the session.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message SessionStopRequest() =>
        Iso2Session.Message(new SessionStopReqType { ChargingSession = ChargingSessionType.Terminate });

    /// <summary>The charger confirms; the EV can be unplugged.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message SessionStopResponse() =>
        Iso2Session.Message(new SessionStopResType { ResponseCode = ResponseCodeType.OK });
}
