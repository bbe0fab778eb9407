namespace V2G.Exi;

/// <summary>Options of an encoder. The defaults refuse every schema-invalid value.</summary>
public sealed class ExiEncodeOptions
{
    /// <summary>Every facet is checked.</summary>
    public static ExiEncodeOptions Default { get; } = new ExiEncodeOptions();

    /// <summary>Length facets of strings and binaries are not checked (see <see cref="IgnoreLengthFacets"/>).</summary>
    public static ExiEncodeOptions IgnoringLengthFacets { get; } = new ExiEncodeOptions { IgnoreLengthFacets = true };

    /// <summary>
    /// When true, strings and binaries are written whatever their length, minLength and maxLength facets say (EXI
    /// writes each length, so the bits are well defined). A signature verifier re-encodes what it received with it,
    /// so that a digest covers the value the standard sends where it contradicts its own XSD (ISO 15118-20's 57-byte
    /// X448 DHPublicKey in a type of exactly 133 bytes, [V2G20-2489]).
    /// </summary>
    public bool IgnoreLengthFacets { get; init; }
}
