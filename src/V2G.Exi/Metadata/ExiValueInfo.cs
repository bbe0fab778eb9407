using System;
using System.Globalization;
using System.Numerics;

namespace V2G.Exi.Metadata;

/// <summary>A simple type of the schema: how its values are held in C# and the facets the encoder enforces.</summary>
public sealed class ExiValueInfo
{
    /// <summary>Describes a simple type.</summary>
    /// <param name="name">The name of the value codec.</param>
    /// <param name="clrType">The C# type of a value (an enum type for enumerations).</param>
    /// <param name="kind">The EXI representation.</param>
    /// <param name="minValue">The smallest value (decimal digits), or null when unbounded or not a number.</param>
    /// <param name="maxValue">The largest value (decimal digits), or null when unbounded or not a number.</param>
    /// <param name="minLength">The shortest length (code points or bytes), or -1 for none.</param>
    /// <param name="maxLength">The longest length (code points or bytes), or -1 for none.</param>
    public ExiValueInfo(string name, Type clrType, ExiValueKind kind, string? minValue, string? maxValue, int minLength, int maxLength)
    {
        Name = name;
        ClrType = clrType;
        Kind = kind;
        MinValue = minValue == null ? null : BigInteger.Parse(minValue, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        MaxValue = maxValue == null ? null : BigInteger.Parse(maxValue, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        MinLength = minLength < 0 ? null : minLength;
        MaxLength = maxLength < 0 ? null : maxLength;
    }

    /// <summary>The name of the value codec (unique within the codec).</summary>
    public string Name { get; }

    /// <summary>The C# type of a value; for <see cref="ExiValueKind.Enumeration"/> the enum whose members are the allowed values.</summary>
    public Type ClrType { get; }

    /// <summary>The EXI representation.</summary>
    public ExiValueKind Kind { get; }

    /// <summary>The minInclusive facet (or the bound of the C# type), null when unbounded.</summary>
    public BigInteger? MinValue { get; }

    /// <summary>The maxInclusive facet (or the bound of the C# type), null when unbounded.</summary>
    public BigInteger? MaxValue { get; }

    /// <summary>The length or minLength facet: code points for strings, bytes for binary; null when none.</summary>
    public int? MinLength { get; }

    /// <summary>The length or maxLength facet: code points for strings, bytes for binary; null when none.</summary>
    public int? MaxLength { get; }

    /// <inheritdoc/>
    public override string ToString() => Name + " (" + Kind + ")";
}
