using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.TestPki;

/// <summary>The curve, certificate signature hash and SKI method of a profile, as the shared test PKI uses them.</summary>
/// <param name="Curve">The curve of every key.</param>
/// <param name="Hash">The hash of ecdsa-with-SHA256 or ecdsa-with-SHA512.</param>
/// <param name="SkiMethod">
/// RFC 5280 4.2.1.2 method 1 (SHA-1, 20 bytes) for ISO 15118-2; method 2 (8 bytes) for ISO 15118-20, which keeps the
/// AAD of [V2G20-2492] at the 16 hexadecimal characters the standard states.
/// </param>
/// <param name="UriLabel">The label of the <c>*.test.invalid</c> OCSP and CRL host names.</param>
internal sealed record ProfileParameters(ECCurve Curve, HashAlgorithmName Hash, X509SubjectKeyIdentifierHashAlgorithm SkiMethod, string UriLabel)
{
    /// <summary>The parameters of an ECDSA profile, or null for a profile the BCL cannot issue certificates for.</summary>
    public static ProfileParameters? For(SecurityProfile profile) => profile switch
    {
        SecurityProfile.Iso2 => new(ECCurve.NamedCurves.nistP256, HashAlgorithmName.SHA256, X509SubjectKeyIdentifierHashAlgorithm.Sha1, "iso2"),
        SecurityProfile.Iso20Secp521 => new(
            ECCurve.NamedCurves.nistP521, HashAlgorithmName.SHA512, X509SubjectKeyIdentifierHashAlgorithm.ShortSha1, "iso20"),
        _ => null,
    };
}
