using V2G.Exi;

namespace V2G.Messages.Iso20;

/// <content>ISO 15118-20 numbers as decimals: Value x 10^Exponent.</content>
public partial class RationalNumberType
{
    /// <summary>Creates a rational number.</summary>
    /// <param name="value">The mantissa.</param>
    /// <param name="exponent">The power of ten.</param>
    /// <returns>The number.</returns>
    public static RationalNumberType Of(short value, sbyte exponent) => new() { Value = value, Exponent = exponent };

    /// <summary>The value as a decimal number: Value x 10^Exponent (exact).</summary>
    /// <returns>The number.</returns>
    public decimal ToDecimal() => PowerOfTen.Apply(Value, Exponent);
}
