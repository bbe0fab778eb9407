using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// The energy transfer of the ISO 15118-20 session: PowerDelivery (start, CommonMessages) and one DC_ChargeLoop
/// exchange in scheduled control mode (DC namespace).
/// </summary>
internal static class Iso20ChargingSamples
{
    /// <summary>The state of charge in percent at the DC_ChargeLoop shown.</summary>
    public const byte ChargingSoc = 46;

    /// <summary>The battery's voltage at <see cref="ChargingSoc"/>, in tenths of a volt (741.8 V).</summary>
    public const short ChargingDecivolts = 7418;

    /// <summary>The car's plan: the charger's full power for this long, then 60 kW for as long again.</summary>
    private const uint PlanStepSeconds = 15 * 60;

    /// <summary>The car starts charging on schedule tuple 1, with its planned power profile.</summary>
    /// <returns>The message.</returns>
    public static PowerDeliveryReqType PowerDeliveryStartRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.PowerDeliveryStart),
        EVProcessing = ProcessingType.Finished,
        ChargeProgress = ChargeProgressType.Start,
        EVPowerProfile = new EVPowerProfileType
        {
            TimeAnchor = Iso20Session.At(Iso20Timeline.PowerDeliveryStart),
            Scheduled_EVPPTControlMode = new Scheduled_EVPPTControlModeType
            {
                SelectedScheduleTupleID = Iso20ServiceIds.ScheduleTupleId,
            },
            EVPowerProfileEntries = new EVPowerProfileEntryListType
            {
                EVPowerProfileEntry =
                {
                    new PowerScheduleEntryType { Duration = PlanStepSeconds, Power = Iso20Values.Kilo(Iso20Ratings.EvseMaxPowerKw) },
                    new PowerScheduleEntryType { Duration = PlanStepSeconds, Power = Iso20Values.Kilo(60) },
                },
            },
        },
    };

    /// <summary>The charger accepts; the car closes its contactors next.</summary>
    /// <returns>The message.</returns>
    public static PowerDeliveryResType PowerDeliveryStartResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.PowerDeliveryStart),
        ResponseCode = ResponseCodeType.OK,
    };

    /// <summary>
    /// At 46 % and 741.8 V the car asks for 200 A (up to 850 V), 18 minutes from its target; it wants the meter
    /// reading.
    /// </summary>
    /// <returns>The message.</returns>
    public static DC_ChargeLoopReqType ChargeLoopRequest() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ChargeLoop),
        DisplayParameters = new DisplayParametersType
        {
            PresentSOC = ChargingSoc,
            TargetSOC = Iso20Ratings.TargetSoc,
            RemainingTimeToTargetSOC = 18 * 60,
            ChargingComplete = false,
            BatteryEnergyCapacity = Iso20Values.Kilo(Iso20Ratings.EvCapacityKwh),
        },
        MeterInfoRequested = true,
        EVPresentVoltage = Iso20Values.Tenths(ChargingDecivolts),
        CLReqControlMode = new Scheduled_DC_CLReqControlModeType
        {
            EVTargetCurrent = Iso20Values.Units(Iso20Ratings.EvseMaxCurrent),
            EVTargetVoltage = Iso20Values.Units(Iso20Ratings.EvMaxVoltage),
            EVMaximumChargePower = Iso20Values.Kilo(Iso20Ratings.EvMaxPowerKw),
            EVMaximumChargeCurrent = Iso20Values.Units(Iso20Ratings.EvMaxCurrent),
            EVMaximumVoltage = Iso20Values.Units(Iso20Ratings.EvMaxVoltage),
        },
    };

    /// <summary>
    /// The charger delivers 199.6 A at 741.8 V (about 148 kW), at its current limit; its meter has counted
    /// 12.85 kWh so far.
    /// </summary>
    /// <returns>The message.</returns>
    public static DC_ChargeLoopResType ChargeLoopResponse() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ChargeLoop),
        ResponseCode = ResponseCodeType.OK,
        MeterInfo = new MeterInfoType
        {
            MeterID = Iso20Session.MeterId,
            ChargedEnergyReadingWh = 12_850,
            MeterTimestamp = Iso20Session.At(Iso20Timeline.ChargeLoop),
        },
        EVSEPresentCurrent = Iso20Values.Tenths(1996),
        EVSEPresentVoltage = Iso20Values.Tenths(ChargingDecivolts),
        EVSEPowerLimitAchieved = false,
        EVSECurrentLimitAchieved = true,
        EVSEVoltageLimitAchieved = false,
        CLResControlMode = new Scheduled_DC_CLResControlModeType
        {
            EVSEMaximumChargePower = Iso20Values.Kilo(Iso20Ratings.EvseMaxPowerKw),
            EVSEMaximumChargeCurrent = Iso20Values.Units(Iso20Ratings.EvseMaxCurrent),
            EVSEMaximumVoltage = Iso20Values.Units(Iso20Ratings.EvseMaxVoltage),
        },
    };
}
