using System;
using V2G.Exi.Rules;

namespace V2G.Exi;

/// <summary>Bit-width helpers shared by the runtime and the generated code.</summary>
public static class ExiBits
{
    /// <summary>
    /// Number of bits of an n-bit code that distinguishes <paramref name="valueCount"/> values:
    /// ceil(log2(<paramref name="valueCount"/>)), and 0 for 0 or 1 values.
    /// </summary>
    /// <param name="valueCount">Number of distinct values (event codes, enumeration items, table entries...).</param>
    /// <returns>The code width in bits (0..31).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valueCount"/> is negative.</exception>
    public static int CodeWidth(int valueCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(valueCount);
        return ExiRules.CodeWidth(valueCount);
    }
}
