using System;

namespace V2G.Exi;

/// <summary>
/// Options of a decoder. The defaults are the V2G profile of ISO 15118-2 [V2G2-099] and DIN 70121, read as EXIficient
/// and libcbv2g read it: whatever the grammar can represent decodes, facet violations included (see
/// <see cref="FacetValidation"/>); whatever the grammar forbids is an error.
/// </summary>
public sealed class ExiDecodeOptions
{
    /// <summary>The V2G profile: string-table hits are refused, facet violations decode (and a <c>Validate</c> lists them).</summary>
    public static ExiDecodeOptions Default { get; } = new ExiDecodeOptions();

    /// <summary>Accepts streams from encoders that used an unbounded value string table.</summary>
    public static ExiDecodeOptions Lenient { get; } = new ExiDecodeOptions { AllowStringTableHits = true };

    /// <summary>The V2G profile as a validator: every facet violation and every abstract-typed element is an error.</summary>
    public static ExiDecodeOptions Strict { get; } = new ExiDecodeOptions { FacetValidation = ExiFacetValidation.Strict };

    /// <summary>
    /// When true, string values that arrive as string-table hits (valuePartitionCapacity other than 0, which the
    /// V2G profile forbids) are resolved through a value string table instead of being refused.
    /// </summary>
    public bool AllowStringTableHits { get; init; }

    /// <summary>
    /// <see cref="ExiFacetValidation.Relaxed"/> (the default): values outside their facets that the stream still carries
    /// (an integer beyond its range inside its n-bit field, a string or binary of another length than its facets allow)
    /// and elements that carry their abstract type's own content decode. <see cref="ExiFacetValidation.Strict"/>: each
    /// is an <see cref="ExiDecodeException"/> at its bit offset and element path. Undefined enumeration indexes, values
    /// the C# type cannot hold and everything the grammar forbids are errors in both modes.
    /// </summary>
    public ExiFacetValidation FacetValidation { get; init; }

    /// <summary>
    /// When true, strings and binaries are not checked against their length, minLength and maxLength facets even under
    /// <see cref="ExiFacetValidation.Strict"/>: the stream carries each length, so the value decodes whatever the facet
    /// says. ISO 15118-20 needs it where the standard contradicts its own XSD: X448 key transport sends a 57-byte
    /// DHPublicKey ([V2G20-2489]) in an element whose type says exactly 133 bytes.
    /// </summary>
    public bool IgnoreLengthFacets { get; init; }

    /// <summary>The V2G profile with length facets not checked (see <see cref="IgnoreLengthFacets"/>).</summary>
    public static ExiDecodeOptions IgnoringLengthFacets { get; } = new ExiDecodeOptions { IgnoreLengthFacets = true };

    /// <summary>The default of <see cref="MaxStringLength"/> and <see cref="MaxBinaryLength"/>: 65,536.</summary>
    public const int DefaultMaxValueLength = 65536;

    /// <summary>The default of <see cref="MaxAllocatedBytes"/>: 1 MiB.</summary>
    public const long DefaultMaxAllocatedBytes = 1024 * 1024;

    /// <summary>
    /// The longest string, in characters, a decoder accepts; a longer length prefix is an
    /// <see cref="ExiDecodeException"/> at its bit offset before anything is allocated. The default,
    /// <see cref="DefaultMaxValueLength"/>, is far above every bounded string of the V2G schemas (the longest
    /// maxLength is a few hundred characters) and above any string a V2GTP payload of an ISO 15118 message holds;
    /// an embedded caller tightens it to its own buffers. Every length is also checked against the remaining input.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxStringLength
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A length limit cannot be negative.");
    } = DefaultMaxValueLength;

    /// <summary>
    /// The largest binary value, in bytes, a decoder accepts (checked before allocating, like
    /// <see cref="MaxStringLength"/>). The default, <see cref="DefaultMaxValueLength"/>, is above every bounded
    /// binary of the schemas (certificates are at most 1,600 bytes; xmldsig's unbounded base64Binary values are
    /// certificates and signatures too).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxBinaryLength
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A length limit cannot be negative.");
    } = DefaultMaxValueLength;

    /// <summary>
    /// The most bytes of decoded string (2 per UTF-16 character) and binary payload one decode may allocate in all;
    /// beyond it the value that crosses the limit is an <see cref="ExiDecodeException"/> before it is allocated.
    /// The rest of the decoded object graph is bounded by the input itself (at most one object per event code, and an
    /// event code takes at least one bit in every loop of the grammars). Default <see cref="DefaultMaxAllocatedBytes"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long MaxAllocatedBytes
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A size limit cannot be negative.");
    } = DefaultMaxAllocatedBytes;
}
