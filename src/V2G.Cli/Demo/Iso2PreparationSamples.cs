using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>
/// The DC preparation before energy flows: CableCheck (the charger tests the cable's isolation) and PreCharge (the
/// charger raises its output to the battery's voltage so that the EV can close its contactors).
/// </summary>
internal static class Iso2PreparationSamples
{
    /// <summary>The battery's voltage at the start SOC, in tenths of a volt (372.4 V).</summary>
    private const short BatteryDecivolts = 3724;

    /// <summary>The EV is ready for the isolation test.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message CableCheckRequest() =>
        Iso2Session.Message(new CableCheckReqType { DC_EVStatus = Iso2Status.Ev(Iso2Ratings.StartSoc) });

    /// <summary>The isolation test passed.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message CableCheckResponse() => Iso2Session.Message(new CableCheckResType
    {
        ResponseCode = ResponseCodeType.OK,
        DC_EVSEStatus = Iso2Status.Evse(IsolationLevelType.Valid),
        EVSEProcessing = EVSEProcessingType.Finished,
    });

    /// <summary>The EV asks for its battery's voltage at a small current.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PreChargeRequest() => Iso2Session.Message(new PreChargeReqType
    {
        DC_EVStatus = Iso2Status.Ev(Iso2Ratings.StartSoc),
        EVTargetVoltage = Iso2Values.Volts(BatteryDecivolts, -1),
        EVTargetCurrent = Iso2Values.Amperes(2),
    });

    /// <summary>The charger's output has reached the target within a volt.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PreChargeResponse() => Iso2Session.Message(new PreChargeResType
    {
        ResponseCode = ResponseCodeType.OK,
        DC_EVSEStatus = Iso2Status.Evse(IsolationLevelType.Valid),
        EVSEPresentVoltage = Iso2Values.Volts(BatteryDecivolts - 3, -1),
    });
}
