using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;

namespace V2G.Security.TestPki;

/// <summary>
/// One chain of a generated test PKI: leaf, Sub-CA 2 (pathLen 0), Sub-CA 1 (pathLen 1) and the root that anchors it.
/// </summary>
/// <param name="Role">The role the leaf is made for; validate the chain for this role.</param>
/// <param name="Leaf">The end-entity certificate.</param>
/// <param name="SubCa2">The sub-CA that issued the leaf.</param>
/// <param name="SubCa1">The sub-CA that issued <paramref name="SubCa2"/>.</param>
/// <param name="Root">The self-signed trust anchor that issued <paramref name="SubCa1"/>.</param>
public sealed record IssuedChain(
    CertificateRole Role, IssuedCertificate Leaf, IssuedCertificate SubCa2, IssuedCertificate SubCa1, IssuedCertificate Root)
{
    /// <summary>The sub-CAs as a message's SubCertificates carry them: Sub-CA 2, then Sub-CA 1.</summary>
    public IReadOnlyList<X509Certificate2> SubCertificates => [SubCa2.Certificate, SubCa1.Certificate];

    /// <summary>The chain in message order: leaf, Sub-CA 2, Sub-CA 1 (the root is not sent).</summary>
    public IReadOnlyList<X509Certificate2> MessageOrder => [Leaf.Certificate, SubCa2.Certificate, SubCa1.Certificate];

    /// <summary>The trust anchors to validate the chain with: the root alone.</summary>
    public IReadOnlyList<X509Certificate2> TrustAnchors => [Root.Certificate];
}
