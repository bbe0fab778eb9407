using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Provisioning;

/// <summary>A certificate chain as messages carry it: the leaf and its sub-CAs (Sub-CA 2 first, then Sub-CA 1).</summary>
/// <param name="Leaf">The end-entity certificate.</param>
/// <param name="SubCertificates">The sub-CAs, issuer of the leaf first; may be empty.</param>
public sealed record CertificateChainData(X509Certificate2 Leaf, IReadOnlyList<X509Certificate2> SubCertificates)
{
    /// <summary>The DER encoding of every sub-CA, in order, for the SubCertificates element.</summary>
    internal List<byte[]> SubCertificateBytes() => SubCertificates.Select(c => c.RawData).ToList();
}
