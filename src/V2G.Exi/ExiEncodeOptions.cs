namespace V2G.Exi;

/// <summary>Options of an encoder. The defaults refuse every schema-invalid value.</summary>
public sealed class ExiEncodeOptions
{
    /// <summary>Every facet is checked.</summary>
    public static ExiEncodeOptions Default { get; } = new ExiEncodeOptions();

    /// <summary>Length facets of strings and binaries are not checked (see <see cref="IgnoreLengthFacets"/>).</summary>
    public static ExiEncodeOptions IgnoringLengthFacets { get; } = new ExiEncodeOptions { IgnoreLengthFacets = true };

    /// <summary>
    /// Writes exactly what the model holds (see <see cref="ExiFacetValidation.Relaxed"/>): for test benches that must
    /// reproduce what a device sent, bit for bit.
    /// </summary>
    public static ExiEncodeOptions Relaxed { get; } = new ExiEncodeOptions { FacetValidation = ExiFacetValidation.Relaxed };

    /// <summary>
    /// <see cref="ExiFacetValidation.Strict"/> (the default): a value outside its facets, or the content of an abstract
    /// type written for its own element, is an <see cref="ExiEncodeException"/>. <see cref="ExiFacetValidation.Relaxed"/>:
    /// both are written as the model holds them, as far as the representation carries them (an n-bit field still bounds
    /// an integer; an undefined enumeration value is still refused).
    /// </summary>
    public ExiFacetValidation FacetValidation { get; init; } = ExiFacetValidation.Strict;

    /// <summary>
    /// When true, strings and binaries are written whatever their length, minLength and maxLength facets say (EXI
    /// writes each length, so the bits are well defined). A signature verifier re-encodes what it received with it,
    /// so that a digest covers the value the standard sends where it contradicts its own XSD (ISO 15118-20's 57-byte
    /// X448 DHPublicKey in a type of exactly 133 bytes, [V2G20-2489]).
    /// </summary>
    public bool IgnoreLengthFacets { get; init; }
}
