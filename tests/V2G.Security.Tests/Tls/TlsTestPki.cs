using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;
using V2G.Security.TestPki;
using V2G.Security.Tls;
using Xunit;

namespace V2G.Security.Tests.Tls;

/// <summary>
/// PKIs made around the real clock (openssl checks validity at the current time), PEM files of them in a temp directory,
/// and SECC leaves that break one rule, issued by the real CPO Sub-CA 2.
/// </summary>
internal static class TlsTestPki
{
    private static readonly Lazy<GeneratedPki> Iso2Pki = new(() => new TestPkiBuilder(SecurityProfile.Iso2, DateTimeOffset.UtcNow).Build());
    private static readonly Lazy<GeneratedPki> Iso20Pki =
        new(() => new TestPkiBuilder(SecurityProfile.Iso20Secp521, DateTimeOffset.UtcNow).Build());
    private static readonly Lazy<GeneratedPki> ForeignIso2 = new(() =>
        new TestPkiBuilder(SecurityProfile.Iso2, DateTimeOffset.UtcNow) { Organization = "Foreign PKI" }.Build());
    private static readonly Lazy<GeneratedPki> ForeignIso20 = new(() =>
        new TestPkiBuilder(SecurityProfile.Iso20Secp521, DateTimeOffset.UtcNow) { Organization = "Foreign PKI" }.Build());

    public static GeneratedPki For(SecurityProfile profile) => profile == SecurityProfile.Iso2 ? Iso2Pki.Value : Iso20Pki.Value;

    public static GeneratedPki ForeignFor(SecurityProfile profile) =>
        profile == SecurityProfile.Iso2 ? ForeignIso2.Value : ForeignIso20.Value;

    public static TlsCredential Credential(IssuedChain chain) => new(chain.Leaf.Certificate, chain.SubCertificates);

    public static TlsPeerValidation Validation(V2G.Security.Certificates.CertificateRole role, IssuedCertificate root) => new()
    {
        Role = role,
        TrustAnchors = [root.Certificate],
        RevocationPolicy = RevocationPolicy.Ignore,
    };

    /// <summary>A SECC leaf signed by the PKI's CPO Sub-CA 2 with the given DC and validity (the key is new).</summary>
    public static (X509Certificate2 Leaf, ECDsa Key) IssueSeccLeaf(
        GeneratedPki pki, string domainComponent, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        IssuedCertificate issuer = pki.Secc.SubCa2;
        bool iso2 = pki.Profile == SecurityProfile.Iso2;
        ECDsa key = ECDsa.Create(iso2 ? ECCurve.NamedCurves.nistP256 : ECCurve.NamedCurves.nistP521);
        var name = new X500DistinguishedNameBuilder();
        name.AddDomainComponent(domainComponent);
        name.AddCountryOrRegion("DE");
        name.AddOrganizationName(TestPkiBuilder.DefaultOrganization);
        name.AddCommonName(TestPkiBuilder.DefaultEvseId);
        var request = new CertificateRequest(name.Build(), key, iso2 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA512);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer.Certificate, true, false));
        byte[] serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x3F) | 0x40);
        using X509Certificate2 leaf = request.Create(
            issuer.Certificate.SubjectName, X509SignatureGenerator.CreateForECDsa(issuer.PrivateKey), notBefore, notAfter, serial);
        return (leaf.CopyWithPrivateKey(key), key);
    }
}

/// <summary>A temp directory of PEM files, deleted on dispose.</summary>
internal sealed class PemDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("v2g-tls-").FullName;

    public string Certificates(string name, params IEnumerable<X509Certificate2> certificates)
    {
        string path = System.IO.Path.Combine(Path, name + ".pem");
        File.WriteAllText(path, string.Concat(certificates.Select(c => c.ExportCertificatePem() + "\n")));
        return path;
    }

    public string Key(string name, ECDsa key)
    {
        string path = System.IO.Path.Combine(Path, name + ".key");
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem() + "\n");
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
