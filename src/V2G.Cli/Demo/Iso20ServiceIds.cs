namespace V2G.Cli.Demo;

/// <summary>
/// The service and parameter values of the ISO 15118-20 demo session: which energy transfer service the charger
/// offers, the parameter sets of its ServiceDetailRes and the one the car selects.
/// </summary>
internal static class Iso20ServiceIds
{
    /// <summary>ServiceID of DC charging.</summary>
    public const ushort DcCharging = 2;

    /// <summary>The parameter set for scheduled control with price levels; the car selects it.</summary>
    public const ushort ScheduledParameterSet = 1;

    /// <summary>The parameter set for dynamic control without pricing.</summary>
    public const ushort DynamicParameterSet = 2;

    /// <summary>Parameter name: the connector type.</summary>
    public const string Connector = "Connector";

    /// <summary>Parameter name: scheduled or dynamic control.</summary>
    public const string ControlMode = "ControlMode";

    /// <summary>Parameter name: who provides the mobility needs (departure time, target SOC).</summary>
    public const string MobilityNeedsMode = "MobilityNeedsMode";

    /// <summary>Parameter name: which kind of price information the charger sends.</summary>
    public const string Pricing = "Pricing";

    /// <summary>Connector value: extended (CCS with the DC pins).</summary>
    public const int ExtendedConnector = 2;

    /// <summary>ControlMode value: scheduled.</summary>
    public const int ScheduledControl = 1;

    /// <summary>ControlMode value: dynamic.</summary>
    public const int DynamicControl = 2;

    /// <summary>MobilityNeedsMode value: the car states its needs.</summary>
    public const int NeedsProvidedByEv = 1;

    /// <summary>Pricing value: no price information.</summary>
    public const int NoPricing = 0;

    /// <summary>Pricing value: price levels.</summary>
    public const int PriceLevels = 2;

    /// <summary>The schedule tuple the charger offers in ScheduleExchangeRes, and so the one the car selects.</summary>
    public const uint ScheduleTupleId = 1;
}
