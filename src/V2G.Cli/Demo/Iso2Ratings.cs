namespace V2G.Cli.Demo;

/// <summary>
/// The limits of the demo's EV (a 400 V class car with a 77 kWh battery) and charger (a 150 kW DC unit), used by
/// every message that states them so that the session tells one consistent story.
/// </summary>
internal static class Iso2Ratings
{
    /// <summary>The EV's maximum voltage in V.</summary>
    public const short EvMaxVoltage = 420;

    /// <summary>The EV's maximum current in A.</summary>
    public const short EvMaxCurrent = 250;

    /// <summary>The EV's maximum power in kW.</summary>
    public const short EvMaxPowerKw = 100;

    /// <summary>The battery's usable capacity in kWh.</summary>
    public const short EvCapacityKwh = 77;

    /// <summary>The charger's maximum voltage in V.</summary>
    public const short EvseMaxVoltage = 920;

    /// <summary>The charger's minimum voltage in V.</summary>
    public const short EvseMinVoltage = 150;

    /// <summary>The charger's maximum current in A.</summary>
    public const short EvseMaxCurrent = 200;

    /// <summary>The charger's minimum current in A.</summary>
    public const short EvseMinCurrent = 0;

    /// <summary>The charger's maximum power in kW.</summary>
    public const short EvseMaxPowerKw = 150;

    /// <summary>The state of charge in percent when the EV plugs in.</summary>
    public const byte StartSoc = 30;
}
