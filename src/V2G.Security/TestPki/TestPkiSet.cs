using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Security.Certificates;

namespace V2G.Security.TestPki;

/// <summary>
/// The full test PKI of one profile with the names and layout of the shared one (<c>/shared/pnc/pki/&lt;set&gt;</c>): every
/// certificate with its key, the CRL of every CA, OCSP responses, X448 keys (Ed448 profile) and, on request, the
/// broken variants. Made by <see cref="TestPkiSetBuilder"/>; written to a folder by <see cref="TestPkiFolderWriter"/>.
/// Disposing it disposes every certificate and key.
/// </summary>
public sealed class TestPkiSet : IDisposable
{
    private readonly Dictionary<string, IssuedCertificate> _byName;

    internal TestPkiSet(
        SecurityProfile profile, DateTimeOffset now, IReadOnlyList<IssuedCertificate> certificates, IReadOnlyList<TestPkiCrl> crls,
        IReadOnlyList<TestPkiOcspResponse> ocsp, IReadOnlyList<BrokenCertificate> broken,
        IReadOnlyList<AgreementKeyPair> agreementKeys)
    {
        Profile = profile;
        Now = now;
        Certificates = certificates;
        Crls = crls;
        OcspResponses = ocsp;
        Broken = broken;
        AgreementKeys = agreementKeys;
        _byName = certificates.Concat(broken.Select(b => b.Certificate)).ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The profile of every key and signature.</summary>
    public SecurityProfile Profile { get; }

    /// <summary>The time every valid certificate, CRL and OCSP response is valid at.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The valid certificates in manifest order: 3 roots, 8 sub-CAs, the cross-certified MO Sub-CA 1, 5 leaves (17).</summary>
    public IReadOnlyList<IssuedCertificate> Certificates { get; }

    /// <summary>One CRL per CA (11); only MOSubCA2's lists a certificate (ContractCert2).</summary>
    public IReadOnlyList<TestPkiCrl> Crls { get; }

    /// <summary>SECCCert_good, ContractCert_good, ContractCert2_revoked, CPOSubCA2_good, MOSubCA2_good.</summary>
    public IReadOnlyList<TestPkiOcspResponse> OcspResponses { get; }

    /// <summary>The broken variants (empty unless <see cref="TestPkiSetBuilder.IncludeBroken"/> was set).</summary>
    public IReadOnlyList<BrokenCertificate> Broken { get; }

    /// <summary>X448 keys for the OEM provisioning and contract certificates (Ed448 profile only, else empty).</summary>
    public IReadOnlyList<AgreementKeyPair> AgreementKeys { get; }

    /// <summary>The chain files: leaf first then Sub-CA 2 and Sub-CA 1; and the trust anchor files.</summary>
    public static IReadOnlyList<TestPkiChainFile> ChainFiles { get; } =
    [
        new("cpoCertChain.pem", ["SECCCert", "CPOSubCA2", "CPOSubCA1"]),
        new("cpsCertChain.pem", ["CPSLeafCert", "CPSSubCA2", "CPSSubCA1"]),
        new("contractCertChain.pem", ["ContractCert", "MOSubCA2", "MOSubCA1"]),
        new("contractCert2Chain.pem", ["ContractCert2", "MOSubCA2", "MOSubCA1"]),
        new("oemCertChain.pem", ["OEMProvCert", "OEMSubCA2", "OEMSubCA1"]),
        new("trustAnchors_V2G.pem", ["V2GRootCA"]),
        new("trustAnchors_MO.pem", ["MORootCA"]),
        new("trustAnchors_OEM.pem", ["OEMRootCA"]),
    ];

    /// <summary>The certificate (valid or broken) with this file name, e.g. <c>CPOSubCA2</c>.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="KeyNotFoundException">No certificate has that name (see <see cref="TryGet"/>).</exception>
    public IssuedCertificate this[string name] => _byName[name];

    /// <summary>Finds a certificate (valid or broken) by file name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="certificate">The certificate.</param>
    /// <returns>True if it exists.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IssuedCertificate? certificate) =>
        _byName.TryGetValue(name, out certificate);

    /// <summary>
    /// The chain files for a leaf role (leaf, Sub-CA 2, Sub-CA 1) and its trust anchor name; the contract role's chain
    /// anchors at MORootCA (use MOSubCA1_issuedByV2GRoot for the V2G-root variant).
    /// </summary>
    /// <param name="role">Secc, Cps, Contract or OemProvisioning.</param>
    /// <returns>The chain names and the anchor name.</returns>
    public static (IReadOnlyList<string> Chain, string Anchor) ChainFor(CertificateRole role) => role switch
    {
        CertificateRole.Secc => (ChainFiles[0].Certificates, "V2GRootCA"),
        CertificateRole.Cps => (ChainFiles[1].Certificates, "V2GRootCA"),
        CertificateRole.Contract => (ChainFiles[2].Certificates, "MORootCA"),
        CertificateRole.OemProvisioning => (ChainFiles[4].Certificates, "OEMRootCA"),
        CertificateRole.TariffSigner => (["MOSubCA2", "MOSubCA1"], "MORootCA"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no chain for this role"),
    };

    /// <summary>Disposes every certificate and key.</summary>
    public void Dispose()
    {
        foreach (IssuedCertificate certificate in _byName.Values)
        {
            certificate.Dispose();
        }
    }
}
