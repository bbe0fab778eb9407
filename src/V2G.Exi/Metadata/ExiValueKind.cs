namespace V2G.Exi.Metadata;

/// <summary>The EXI representation of a simple value (§7.1), which decides the value's facets.</summary>
public enum ExiValueKind
{
    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A signed integer of unbounded or wide range (§7.1.5).</summary>
    Integer,

    /// <summary>A non-negative integer (§7.1.6).</summary>
    UnsignedInteger,

    /// <summary>An integer whose range fits an n-bit field with an offset (§7.1.9).</summary>
    NBitUnsignedInteger,

    /// <summary>One value of an enumeration, encoded as its index (§7.2).</summary>
    Enumeration,

    /// <summary>A string; lengths are counted in Unicode code points, as EXI counts them.</summary>
    String,

    /// <summary>Bytes written in XML as base64.</summary>
    Base64Binary,

    /// <summary>Bytes written in XML as hexadecimal.</summary>
    HexBinary,
}
