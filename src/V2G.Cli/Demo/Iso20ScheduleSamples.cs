using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// ScheduleExchange of the ISO 15118-20 session in scheduled control mode (CommonMessages): the car states its energy
/// need, the charger answers with one schedule tuple, a power cap and a two-level tariff.
/// </summary>
internal static class Iso20ScheduleSamples
{
    /// <summary>One day, the length of the offered schedule, in seconds.</summary>
    public const uint ScheduleSeconds = 24 * 3600;

    /// <summary>How long the off-peak price level lasts from the time anchor, in seconds.</summary>
    public const uint OffPeakSeconds = 2 * 3600;

    /// <summary>
    /// The car needs 42 kWh to reach 80 % (half of 84 kWh from 30 %), could take 58.8 kWh (to 100 %), needs no
    /// minimum, and leaves in three hours.
    /// </summary>
    /// <returns>The message.</returns>
    public static ScheduleExchangeReqType Request() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ScheduleExchange),
        MaximumSupportingPoints = 1024,
        Scheduled_SEReqControlMode = new Scheduled_SEReqControlModeType
        {
            DepartureTime = 3 * 3600,
            EVTargetEnergyRequest = Iso20Values.Kilo(42),
            EVMaximumEnergyRequest = Iso20Values.Of(588, 2),
            EVMinimumEnergyRequest = Iso20Values.Units(0),
        },
    };

    /// <summary>Schedule tuple 1: 150 kW for a day; price level 1 for two hours, then level 2.</summary>
    /// <returns>The message.</returns>
    public static ScheduleExchangeResType Response() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ScheduleExchange),
        ResponseCode = ResponseCodeType.OK,
        EVSEProcessing = ProcessingType.Finished,
        Scheduled_SEResControlMode = new Scheduled_SEResControlModeType
        {
            ScheduleTuple =
            {
                new ScheduleTupleType
                {
                    ScheduleTupleID = Iso20ServiceIds.ScheduleTupleId,
                    ChargingSchedule = new ChargingScheduleType
                    {
                        PowerSchedule = PowerSchedule(),
                        PriceLevelSchedule = PriceLevels(),
                    },
                },
            },
        },
    };

    private static PowerScheduleType PowerSchedule() => new()
    {
        TimeAnchor = Iso20Session.At(Iso20Timeline.ScheduleExchange),
        PowerScheduleEntries = new PowerScheduleEntryListType
        {
            PowerScheduleEntry =
            {
                new PowerScheduleEntryType { Duration = ScheduleSeconds, Power = Iso20Values.Kilo(Iso20Ratings.EvseMaxPowerKw) },
            },
        },
    };

    private static PriceLevelScheduleType PriceLevels() => new()
    {
        TimeAnchor = Iso20Session.At(Iso20Timeline.ScheduleExchange),
        PriceScheduleID = 1,
        PriceScheduleDescription = "off-peak / peak",
        NumberOfPriceLevels = 2,
        PriceLevelScheduleEntries = new PriceLevelScheduleEntryListType
        {
            PriceLevelScheduleEntry =
            {
                new PriceLevelScheduleEntryType { Duration = OffPeakSeconds, PriceLevel = 1 },
                new PriceLevelScheduleEntryType { Duration = ScheduleSeconds - OffPeakSeconds, PriceLevel = 2 },
            },
        },
    };
}
