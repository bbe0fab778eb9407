using System;

namespace V2G.Exi;

/// <summary>
/// Scales a mantissa by a power of ten, exactly, as the V2G schemas express physical values (ISO 15118-2 and DIN
/// 70121 <c>PhysicalValueType</c>: Value x 10^Multiplier; ISO 15118-20 <c>RationalNumberType</c>: Value x 10^Exponent).
/// </summary>
public static class PowerOfTen
{
    /// <summary>Returns <paramref name="mantissa"/> x 10^<paramref name="exponent"/> as a decimal.</summary>
    /// <param name="mantissa">The mantissa.</param>
    /// <param name="exponent">The power of ten, -28..28.</param>
    /// <returns>The exact value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is outside -28..28.</exception>
    /// <exception cref="OverflowException">The value is beyond the range of <see cref="decimal"/> (about 7.9 x 10^28).</exception>
    public static decimal Apply(long mantissa, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(exponent), 28, nameof(exponent));
        decimal scale = 1m;
        for (int i = 0; i < Math.Abs(exponent); i++)
        {
            scale *= 10m;
        }

        return exponent >= 0 ? mantissa * scale : mantissa / scale;
    }
}
