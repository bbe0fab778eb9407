using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// The DC preparation of the ISO 15118-20 session (DC namespace): DC_CableCheck (the charger tests the cable's
/// isolation) and DC_PreCharge (the charger raises its output to the battery's voltage).
/// </summary>
internal static class Iso20PreparationSamples
{
    /// <summary>The battery's voltage at the start SOC, in tenths of a volt (712.4 V).</summary>
    public const short BatteryDecivolts = 7124;

    /// <summary>The car is ready for the isolation test; the request has nothing but the header.</summary>
    /// <returns>The message.</returns>
    public static DC_CableCheckReqType CableCheckRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.CableCheck),
    };

    /// <summary>The isolation test has finished and passed.</summary>
    /// <returns>The message.</returns>
    public static DC_CableCheckResType CableCheckResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.CableCheck),
        ResponseCode = ResponseCodeType.OK,
        EVSEProcessing = ProcessingType.Finished,
    };

    /// <summary>The car asks for its battery's voltage; it is still waiting for the output to get there.</summary>
    /// <returns>The message.</returns>
    public static DC_PreChargeReqType PreChargeRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.PreCharge),
        EVProcessing = ProcessingType.Ongoing,
        EVPresentVoltage = Iso20Values.Tenths(BatteryDecivolts),
        EVTargetVoltage = Iso20Values.Tenths(BatteryDecivolts),
    };

    /// <summary>The charger's output is within half a volt of the target.</summary>
    /// <returns>The message.</returns>
    public static DC_PreChargeResType PreChargeResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.PreCharge),
        ResponseCode = ResponseCodeType.OK,
        EVSEPresentVoltage = Iso20Values.Tenths(BatteryDecivolts - 3),
    };
}
