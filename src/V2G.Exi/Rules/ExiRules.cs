// This file is compiled into both the runtime (V2G.Exi, net10.0) and the generator (V2G.Exi.Generator,
// netstandard2.0, linked), so that the rules the generated code and the runtime must agree on exist once.
// It may use only what both targets have.
namespace V2G.Exi.Rules
{
    /// <summary>The EXI datatype representations of §7.1 that a simple value is encoded with.</summary>
    internal enum ExiRepresentation
    {
        /// <summary>§7.1.2.</summary>
        Boolean,

        /// <summary>§7.1.5: sign bit and unsigned magnitude.</summary>
        Integer,

        /// <summary>§7.1.6: 7-bit groups, for types whose minimum is at least 0.</summary>
        UnsignedInteger,

        /// <summary>§7.1.9: a bounded range of at most <see cref="ExiRules.MaxBoundedRange"/> values, offset by the minimum.</summary>
        NBitUnsignedInteger,

        /// <summary>§7.2: the index of the value in the enumeration facet.</summary>
        Enumeration,

        /// <summary>§7.1.10, with the string tables of §7.3.</summary>
        String,

        /// <summary>§7.1.1 for xs:base64Binary.</summary>
        BinaryBase64,

        /// <summary>§7.1.1 for xs:hexBinary.</summary>
        BinaryHex,

        /// <summary>§7.1.3.</summary>
        Decimal,

        /// <summary>§7.1.4.</summary>
        Float,

        /// <summary>§7.1.8.</summary>
        DateTime,

        /// <summary>§7.1.11.</summary>
        List,
    }

    /// <summary>Numeric rules of the EXI 1.0 specification shared by the generator and the runtime.</summary>
    internal static class ExiRules
    {
        /// <summary>§7.1.9: integer types whose facets bound them to at most this many values use n-bit integers.</summary>
        public const int MaxBoundedRange = 4096;

        /// <summary>
        /// §7.1.9 and §6.2: the bits of an n-bit code that tells <paramref name="valueCount"/> values apart,
        /// ceil(log2(valueCount)), and 0 for 0 or 1 values (a single possibility takes no bits).
        /// </summary>
        /// <param name="valueCount">The number of distinct values (not negative).</param>
        /// <returns>The width in bits, 0 to 31.</returns>
        public static int CodeWidth(int valueCount)
        {
            uint largest = valueCount <= 1 ? 0u : (uint)(valueCount - 1);
#if NET
            // The runtime computes widths of string-table ids per value: one instruction.
            return 32 - System.Numerics.BitOperations.LeadingZeroCount(largest);
#else
            int width = 0;
            while (largest != 0)
            {
                width++;
                largest >>= 1;
            }

            return width;
#endif
        }

        /// <summary>
        /// §6.2: the width of one level of an event code. A level with <paramref name="productions"/> productions that
        /// also leads to a deeper level spends one more value on the prefix of that level.
        /// </summary>
        /// <param name="productions">The productions whose code ends at this level.</param>
        /// <param name="hasDeeperLevel">Whether codes of a further level start with this level's escape value.</param>
        /// <returns>The width in bits.</returns>
        public static int LevelWidth(int productions, bool hasDeeperLevel) => CodeWidth(productions + (hasDeeperLevel ? 1 : 0));
    }
}
