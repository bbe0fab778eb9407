using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>DC_ChargeParameterDiscovery of the ISO 15118-20 session (DC namespace): both sides state their limits.</summary>
internal static class Iso20ChargeParameterSamples
{
    /// <summary>The car's DC limits and its target state of charge.</summary>
    /// <returns>The message.</returns>
    public static DC_ChargeParameterDiscoveryReqType Request() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ChargeParameterDiscovery),
        DC_CPDReqEnergyTransferMode = new DC_CPDReqEnergyTransferModeType
        {
            EVMaximumChargePower = Iso20Values.Kilo(Iso20Ratings.EvMaxPowerKw),
            EVMinimumChargePower = Iso20Values.Units(0),
            EVMaximumChargeCurrent = Iso20Values.Units(Iso20Ratings.EvMaxCurrent),
            EVMinimumChargeCurrent = Iso20Values.Units(0),
            EVMaximumVoltage = Iso20Values.Units(Iso20Ratings.EvMaxVoltage),
            EVMinimumVoltage = Iso20Values.Units(Iso20Ratings.EvMinVoltage),
            TargetSOC = Iso20Ratings.TargetSoc,
        },
    };

    /// <summary>The charger's DC limits.</summary>
    /// <returns>The message.</returns>
    public static DC_ChargeParameterDiscoveryResType Response() => new()
    {
        Header = Iso20Session.Header(Iso20Timeline.ChargeParameterDiscovery),
        ResponseCode = ResponseCodeType.OK,
        DC_CPDResEnergyTransferMode = new DC_CPDResEnergyTransferModeType
        {
            EVSEMaximumChargePower = Iso20Values.Kilo(Iso20Ratings.EvseMaxPowerKw),
            EVSEMinimumChargePower = Iso20Values.Units(0),
            EVSEMaximumChargeCurrent = Iso20Values.Units(Iso20Ratings.EvseMaxCurrent),
            EVSEMinimumChargeCurrent = Iso20Values.Units(Iso20Ratings.EvseMinCurrent),
            EVSEMaximumVoltage = Iso20Values.Units(Iso20Ratings.EvseMaxVoltage),
            EVSEMinimumVoltage = Iso20Values.Units(Iso20Ratings.EvseMinVoltage),
        },
    };
}
