using V2G.Exi;

namespace V2G.Messages.Iso2;

/// <content>Physical values as numbers: Value x 10^Multiplier in the unit.</content>
public partial class PhysicalValueType
{
    /// <summary>Creates a physical value.</summary>
    /// <param name="value">The mantissa.</param>
    /// <param name="multiplier">The power of ten (-3..3).</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The value.</returns>
    public static PhysicalValueType Of(short value, sbyte multiplier, UnitSymbolType unit) => new() { Value = value, Multiplier = multiplier, Unit = unit };

    /// <summary>The value as a decimal number: Value x 10^Multiplier (exact).</summary>
    /// <returns>The number.</returns>
    public decimal ToDecimal() => PowerOfTen.Apply(Value, Multiplier);
}
