using System.Numerics;

namespace V2G.Exi;

/// <summary>Cached <see cref="BigInteger"/> bounds, so that range checks do not allocate.</summary>
internal static class BigIntegerLimits
{
    internal static readonly BigInteger UInt64Max = ulong.MaxValue;
    internal static readonly BigInteger Int64Max = long.MaxValue;
    internal static readonly BigInteger Int64Min = long.MinValue;
}
