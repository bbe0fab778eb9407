using System;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.TestPki;

/// <summary>What one certificate of the test PKI looks like: names, CA flags, key usage and lifetime.</summary>
/// <param name="Name">The file name the shared test PKI uses for it (also the CN of CAs).</param>
/// <param name="CommonName">The subject CN.</param>
/// <param name="DomainComponent">The subject DC.</param>
/// <param name="IsCa">basicConstraints CA.</param>
/// <param name="PathLength">pathLenConstraint of a sub-CA; null for roots (no limit) and leaves.</param>
/// <param name="KeyUsage">The keyUsage bits (always critical).</param>
/// <param name="Lifetime">How long after "now" the certificate stays valid.</param>
internal sealed record CertificateSpec(
    string Name, string CommonName, string DomainComponent, bool IsCa, int? PathLength, X509KeyUsageFlags KeyUsage, TimeSpan Lifetime)
{
    private const X509KeyUsageFlags CaUsage = X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign;

    /// <summary>A self-signed root: CA:true without pathLen, keyCertSign+cRLSign.</summary>
    public static CertificateSpec Root(string name, string domainComponent) =>
        new(name, name, domainComponent, true, null, CaUsage, TestPkiLifetimes.Root);

    /// <summary>Sub-CA 1: CA:true pathLen 1.</summary>
    public static CertificateSpec SubCa1(string name, string domainComponent) =>
        new(name, name, domainComponent, true, 1, CaUsage, TestPkiLifetimes.SubCa1);

    /// <summary>Sub-CA 2: CA:true pathLen 0, with <paramref name="extraUsage"/> besides keyCertSign+cRLSign.</summary>
    public static CertificateSpec SubCa2(string name, string domainComponent, X509KeyUsageFlags extraUsage = X509KeyUsageFlags.None) =>
        new(name, name, domainComponent, true, 0, CaUsage | extraUsage, TestPkiLifetimes.SubCa2);

    /// <summary>A leaf: CA:false.</summary>
    public static CertificateSpec Leaf(string name, string commonName, string domainComponent, X509KeyUsageFlags usage) =>
        new(name, commonName, domainComponent, false, null, usage, TestPkiLifetimes.Leaf);
}
