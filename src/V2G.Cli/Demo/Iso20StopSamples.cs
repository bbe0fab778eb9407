using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>The end of the ISO 15118-20 session: PowerDelivery (stop) at the target SOC, then SessionStop.</summary>
internal static class Iso20StopSamples
{
    /// <summary>The car has reached its target and stops the energy transfer.</summary>
    /// <returns>The message.</returns>
    public static PowerDeliveryReqType PowerDeliveryStopRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.PowerDeliveryStop),
        EVProcessing = ProcessingType.Finished,
        ChargeProgress = ChargeProgressType.Stop,
    };

    /// <summary>The charger has ramped down its output.</summary>
    /// <returns>The message.</returns>
    public static PowerDeliveryResType PowerDeliveryStopResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.PowerDeliveryStop),
        ResponseCode = ResponseCodeType.OK,
    };

    /// <summary>The car ends the session.</summary>
    /// <returns>The message.</returns>
    public static SessionStopReqType SessionStopRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.SessionStop),
        ChargingSession = ChargingSessionType.Terminate,
    };

    /// <summary>The charger confirms; the cable can be unplugged.</summary>
    /// <returns>The message.</returns>
    public static SessionStopResType SessionStopResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.SessionStop),
        ResponseCode = ResponseCodeType.OK,
    };
}
