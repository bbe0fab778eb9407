namespace V2G.Exi;

/// <summary>Options of a decoder. The defaults are the V2G profile of ISO 15118-2 [V2G2-099] and DIN 70121.</summary>
public sealed class ExiDecodeOptions
{
    /// <summary>The V2G profile: string-table hits are refused.</summary>
    public static ExiDecodeOptions Default { get; } = new ExiDecodeOptions();

    /// <summary>Accepts streams from encoders that used an unbounded value string table.</summary>
    public static ExiDecodeOptions Lenient { get; } = new ExiDecodeOptions { AllowStringTableHits = true };

    /// <summary>
    /// When true, string values that arrive as string-table hits (valuePartitionCapacity other than 0, which the
    /// V2G profile forbids) are resolved through a value string table instead of being refused.
    /// </summary>
    public bool AllowStringTableHits { get; init; }

    /// <summary>
    /// When true, strings and binaries are not checked against their length, minLength and maxLength facets: the
    /// stream carries each length, so the value decodes whatever the facet says. ISO 15118-20 needs it where the
    /// standard contradicts its own XSD: X448 key transport sends a 57-byte DHPublicKey ([V2G20-2489]) in an element
    /// whose type says exactly 133 bytes. Everything else the grammar checks stays checked.
    /// </summary>
    public bool IgnoreLengthFacets { get; init; }

    /// <summary>The V2G profile with length facets not checked (see <see cref="IgnoreLengthFacets"/>).</summary>
    public static ExiDecodeOptions IgnoringLengthFacets { get; } = new ExiDecodeOptions { IgnoreLengthFacets = true };
}
