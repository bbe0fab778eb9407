using V2G.Messages.Iso2;

namespace V2G.Cli.Demo;

/// <summary>Physical values (value × 10^multiplier, unit) in the units a DC session uses.</summary>
internal static class Iso2Values
{
    /// <summary>A voltage.</summary>
    /// <param name="value">The value.</param>
    /// <param name="multiplier">The power of ten the value is scaled by (−3..3).</param>
    /// <returns>The physical value.</returns>
    public static PhysicalValueType Volts(short value, sbyte multiplier = 0) => Of(value, multiplier, UnitSymbolType.V);

    /// <summary>A current.</summary>
    /// <param name="value">The value.</param>
    /// <param name="multiplier">The power of ten the value is scaled by (−3..3).</param>
    /// <returns>The physical value.</returns>
    public static PhysicalValueType Amperes(short value, sbyte multiplier = 0) => Of(value, multiplier, UnitSymbolType.A);

    /// <summary>A power in kW (W with multiplier 3).</summary>
    /// <param name="value">The power in kW.</param>
    /// <returns>The physical value.</returns>
    public static PhysicalValueType Kilowatts(short value) => Of(value, 3, UnitSymbolType.W);

    /// <summary>An energy in kWh (Wh with multiplier 3).</summary>
    /// <param name="value">The energy in kWh.</param>
    /// <returns>The physical value.</returns>
    public static PhysicalValueType KilowattHours(short value) => Of(value, 3, UnitSymbolType.Wh);

    /// <summary>A duration in seconds.</summary>
    /// <param name="value">The seconds.</param>
    /// <returns>The physical value.</returns>
    public static PhysicalValueType Seconds(short value) => Of(value, 0, UnitSymbolType.s);

    private static PhysicalValueType Of(short value, sbyte multiplier, UnitSymbolType unit) =>
        new() { Value = value, Multiplier = multiplier, Unit = unit };
}
