using System.Collections.Generic;

namespace V2G.Security.Signatures.Engine;

/// <summary>
/// A received Signature in family-neutral form (ISO 15118-2 and -20 have one xmldsig schema but distinct C# types):
/// exactly what the profile checks look at. <c>SignatureMethodHasParameters</c>: SignatureMethod carries HMACOutputLength.
/// </summary>
internal sealed record SignatureParts(
    string? SignedInfoId,
    string CanonicalizationMethod,
    string SignatureMethod,
    bool SignatureMethodHasParameters,
    IReadOnlyList<ReferenceParts> References,
    byte[] SignatureValue,
    bool HasKeyInfo,
    int ObjectCount);

/// <summary>One Reference of a received SignedInfo; <c>Transforms</c> (algorithm, number of content items) is null when absent.</summary>
internal sealed record ReferenceParts(string? Uri, IReadOnlyList<(string Algorithm, int ContentItems)>? Transforms, string DigestMethod, byte[] DigestValue);
