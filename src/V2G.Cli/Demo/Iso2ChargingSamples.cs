using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>The charging loop of the demo session: PowerDelivery (start) and one CurrentDemand exchange.</summary>
internal static class Iso2ChargingSamples
{
    /// <summary>The state of charge in percent at the CurrentDemand shown.</summary>
    private const byte ChargingSoc = 46;

    /// <summary>The current the EV asks for, in A: the charger's maximum.</summary>
    private const short TargetCurrent = Iso2Ratings.EvseMaxCurrent;

    /// <summary>The EV starts charging on schedule tuple 1, capped at its own maximum power.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PowerDeliveryStartRequest() => Iso2Session.Message(new PowerDeliveryReqType
    {
        ChargeProgress = ChargeProgressType.Start,
        SAScheduleTupleID = Iso2Session.ScheduleTupleId,
        ChargingProfile = new ChargingProfileType
        {
            ProfileEntry =
            {
                new ProfileEntryType
                {
                    ChargingProfileEntryStart = 0,
                    ChargingProfileEntryMaxPower = Iso2Values.Kilowatts(Iso2Ratings.EvMaxPowerKw),
                },
            },
        },
        EVPowerDeliveryParameter = new DC_EVPowerDeliveryParameterType
        {
            DC_EVStatus = Iso2Status.Ev(Iso2Ratings.StartSoc),
            ChargingComplete = false,
        },
    });

    /// <summary>The charger accepts; the EV closes its contactors next.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message PowerDeliveryStartResponse() => Iso2Session.Message(new PowerDeliveryResType
    {
        ResponseCode = ResponseCodeType.OK,
        EVSEStatus = Iso2Status.Evse(IsolationLevelType.Valid),
    });

    /// <summary>Mid-session: 46 %, asking for 200 A at up to 420 V; bulk (80 %) in 23 min, full in 42 min.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message CurrentDemandRequest() => Iso2Session.Message(new CurrentDemandReqType
    {
        DC_EVStatus = Iso2Status.Ev(ChargingSoc),
        EVTargetCurrent = Iso2Values.Amperes(TargetCurrent),
        EVMaximumVoltageLimit = Iso2Values.Volts(Iso2Ratings.EvMaxVoltage),
        EVMaximumCurrentLimit = Iso2Values.Amperes(Iso2Ratings.EvMaxCurrent),
        EVMaximumPowerLimit = Iso2Values.Kilowatts(Iso2Ratings.EvMaxPowerKw),
        BulkChargingComplete = false,
        ChargingComplete = false,
        RemainingTimeToFullSoC = Iso2Values.Seconds(42 * 60),
        RemainingTimeToBulkSoC = Iso2Values.Seconds(23 * 60),
        EVTargetVoltage = Iso2Values.Volts(Iso2Ratings.EvMaxVoltage),
    });

    /// <summary>The charger delivers 199.6 A at 386.2 V (about 77 kW); its meter has counted 12.85 kWh so far.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message CurrentDemandResponse() => Iso2Session.Message(new CurrentDemandResType
    {
        ResponseCode = ResponseCodeType.OK,
        DC_EVSEStatus = Iso2Status.Evse(IsolationLevelType.Valid),
        EVSEPresentVoltage = Iso2Values.Volts(3862, -1),
        EVSEPresentCurrent = Iso2Values.Amperes(1996, -1),
        EVSECurrentLimitAchieved = false,
        EVSEVoltageLimitAchieved = false,
        EVSEPowerLimitAchieved = false,
        EVSEMaximumVoltageLimit = Iso2Values.Volts(Iso2Ratings.EvseMaxVoltage),
        EVSEMaximumCurrentLimit = Iso2Values.Amperes(Iso2Ratings.EvseMaxCurrent),
        EVSEMaximumPowerLimit = Iso2Values.Kilowatts(Iso2Ratings.EvseMaxPowerKw),
        EVSEID = Iso2Session.EvseId,
        SAScheduleTupleID = Iso2Session.ScheduleTupleId,
        MeterInfo = new MeterInfoType { MeterID = Iso2Session.MeterId, MeterReading = 12_850 },
        ReceiptRequired = false,
    });
}
