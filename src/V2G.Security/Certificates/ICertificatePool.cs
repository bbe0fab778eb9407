using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Certificates;

/// <summary>
/// A trust store with a certificate pool: the trust anchors of each group, and sub-CA certificates that chain validation may
/// use as issuers when a message does not carry them.
/// </summary>
public interface ICertificatePool
{
    /// <summary>The trust anchors (self-signed roots) of <paramref name="group"/>.</summary>
    IReadOnlyList<X509Certificate2> GetTrustAnchors(TrustAnchorGroup group);

    /// <summary>Every certificate of the pool (anchors and sub-CAs) whose subject is exactly <paramref name="subject"/>.</summary>
    IReadOnlyList<X509Certificate2> FindBySubject(X500DistinguishedName subject);

    /// <summary>Every certificate of the pool whose subjectKeyIdentifier equals <paramref name="keyIdentifier"/>.</summary>
    IReadOnlyList<X509Certificate2> FindBySubjectKeyIdentifier(ReadOnlySpan<byte> keyIdentifier);
}
