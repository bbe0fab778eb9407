namespace V2G.Cli.Demo;

/// <summary>
/// The limits of the ISO 15118-20 demo's car (an 800 V class car with an 84 kWh battery) and charger (the same
/// 150 kW DC unit as in the ISO 15118-2 session), used by every message that states them so that the session tells
/// one consistent story. Voltages in V, currents in A, powers in kW, energies in kWh.
/// </summary>
internal static class Iso20Ratings
{
    /// <summary>The car's maximum voltage.</summary>
    public const short EvMaxVoltage = 850;

    /// <summary>The car's minimum voltage.</summary>
    public const short EvMinVoltage = 550;

    /// <summary>The car's maximum charge current.</summary>
    public const short EvMaxCurrent = 300;

    /// <summary>The car's maximum charge power.</summary>
    public const short EvMaxPowerKw = 175;

    /// <summary>The battery's usable capacity.</summary>
    public const short EvCapacityKwh = 84;

    /// <summary>The charger's maximum voltage.</summary>
    public const short EvseMaxVoltage = Iso2Ratings.EvseMaxVoltage;

    /// <summary>The charger's minimum voltage.</summary>
    public const short EvseMinVoltage = Iso2Ratings.EvseMinVoltage;

    /// <summary>The charger's maximum current.</summary>
    public const short EvseMaxCurrent = Iso2Ratings.EvseMaxCurrent;

    /// <summary>The charger's minimum current.</summary>
    public const short EvseMinCurrent = Iso2Ratings.EvseMinCurrent;

    /// <summary>The charger's maximum power.</summary>
    public const short EvseMaxPowerKw = Iso2Ratings.EvseMaxPowerKw;

    /// <summary>The state of charge in percent when the car plugs in.</summary>
    public const byte StartSoc = 30;

    /// <summary>The state of charge in percent the driver wants, and at which the car stops.</summary>
    public const byte TargetSoc = 80;
}
