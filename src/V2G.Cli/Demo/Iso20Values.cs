using V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// ISO 15118-20 physical values: a <see cref="RationalNumberType"/> is value × 10^exponent with no unit; the element
/// that holds it says whether it is volts, amperes, watts or watt-hours.
/// </summary>
internal static class Iso20Values
{
    /// <summary>A value in the base unit (V, A, W, Wh).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number.</returns>
    public static RationalNumberType Units(short value) => Of(value, 0);

    /// <summary>A value in tenths of the base unit, e.g. 7124 for 712.4 V.</summary>
    /// <param name="tenths">The value times ten.</param>
    /// <returns>The number.</returns>
    public static RationalNumberType Tenths(short tenths) => Of(tenths, -1);

    /// <summary>A value in thousands of the base unit, e.g. 150 for 150 kW.</summary>
    /// <param name="thousands">The value divided by a thousand.</param>
    /// <returns>The number.</returns>
    public static RationalNumberType Kilo(short thousands) => Of(thousands, 3);

    /// <summary>Any value.</summary>
    /// <param name="value">The significand.</param>
    /// <param name="exponent">The power of ten it is scaled by.</param>
    /// <returns>The number.</returns>
    public static RationalNumberType Of(short value, sbyte exponent) => new() { Value = value, Exponent = exponent };
}
