using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>
/// ChargeParameterDiscovery of the demo session: the EV states its DC limits and energy need, the charger answers
/// with its own limits and one schedule (a power cap and a two-level tariff).
/// </summary>
internal static class Iso2ChargeParameterSamples
{
    /// <summary>One day, the length of the offered schedule, in seconds.</summary>
    private const uint ScheduleSeconds = 24 * 3600;

    /// <summary>When the tariff's second price level starts, in seconds from now.</summary>
    private const uint PeakStartSeconds = 2 * 3600;

    /// <summary>The EV asks for DC charging: 30 % charged, wants 80 % (bulk) and up to 100 %.</summary>
    /// <returns>The message.</returns>
    public static V2G_Message Request() => Iso2Session.Message(new ChargeParameterDiscoveryReqType
    {
        RequestedEnergyTransferMode = EnergyTransferModeType.DC_extended,
        EVChargeParameter = new DC_EVChargeParameterType
        {
            DC_EVStatus = Iso2Status.Ev(Iso2Ratings.StartSoc),
            EVMaximumCurrentLimit = Iso2Values.Amperes(Iso2Ratings.EvMaxCurrent),
            EVMaximumPowerLimit = Iso2Values.Kilowatts(Iso2Ratings.EvMaxPowerKw),
            EVMaximumVoltageLimit = Iso2Values.Volts(Iso2Ratings.EvMaxVoltage),
            EVEnergyCapacity = Iso2Values.KilowattHours(Iso2Ratings.EvCapacityKwh),
            EVEnergyRequest = Iso2Values.KilowattHours(54),
            FullSOC = 100,
            BulkSOC = 80,
        },
    });

    /// <summary>The charger's DC limits and its single schedule (tuple 1).</summary>
    /// <returns>The message.</returns>
    public static V2G_Message Response() => Iso2Session.Message(new ChargeParameterDiscoveryResType
    {
        ResponseCode = ResponseCodeType.OK,
        EVSEProcessing = EVSEProcessingType.Finished,
        SASchedules = new SAScheduleListType { SAScheduleTuple = { Schedule() } },
        EVSEChargeParameter = new DC_EVSEChargeParameterType
        {
            DC_EVSEStatus = Iso2Status.Evse(isolation: null),
            EVSEMaximumCurrentLimit = Iso2Values.Amperes(Iso2Ratings.EvseMaxCurrent),
            EVSEMaximumPowerLimit = Iso2Values.Kilowatts(Iso2Ratings.EvseMaxPowerKw),
            EVSEMaximumVoltageLimit = Iso2Values.Volts(Iso2Ratings.EvseMaxVoltage),
            EVSEMinimumCurrentLimit = Iso2Values.Amperes(Iso2Ratings.EvseMinCurrent),
            EVSEMinimumVoltageLimit = Iso2Values.Volts(Iso2Ratings.EvseMinVoltage),
            EVSECurrentRegulationTolerance = Iso2Values.Amperes(5),
            EVSEPeakCurrentRipple = Iso2Values.Amperes(2),
        },
    });

    /// <summary>Full power for a day; off-peak price level 1 for two hours, then level 2.</summary>
    private static SAScheduleTupleType Schedule() => new()
    {
        SAScheduleTupleID = Iso2Session.ScheduleTupleId,
        PMaxSchedule = new PMaxScheduleType
        {
            PMaxScheduleEntry =
            {
                new PMaxScheduleEntryType
                {
                    TimeInterval = new RelativeTimeIntervalType { Start = 0, Duration = ScheduleSeconds },
                    PMax = Iso2Values.Kilowatts(Iso2Ratings.EvseMaxPowerKw),
                },
            },
        },
        SalesTariff = new SalesTariffType
        {
            Id = "tariff1",
            SalesTariffID = 1,
            SalesTariffDescription = "off-peak / peak",
            NumEPriceLevels = 2,
            SalesTariffEntry =
            {
                new SalesTariffEntryType
                {
                    TimeInterval = new RelativeTimeIntervalType { Start = 0 },
                    EPriceLevel = 1,
                },
                new SalesTariffEntryType
                {
                    TimeInterval = new RelativeTimeIntervalType { Start = PeakStartSeconds, Duration = ScheduleSeconds - PeakStartSeconds },
                    EPriceLevel = 2,
                },
            },
        },
    };
}
