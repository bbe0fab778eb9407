using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Signatures.Crypto;
using V2G.Security.TestPki;

namespace V2G.Security.Tests.Provisioning;

/// <summary>A generated PKI with the trust each party holds: the car (V2G roots, MO roots), the back end (OEM roots and Sub-CAs).</summary>
internal sealed class ProvisioningWorld : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly byte[] SessionId = Convert.FromHexString("4142434445464748");

    public ProvisioningWorld(SecurityProfile profile)
    {
        Pki = new TestPkiBuilder(profile, Now).Build();
        var issuer = new CertificateIssuer(ProfileParameters.For(profile)!, TestPkiBuilder.DefaultOrganization, "DE", Now);
        NewContract = issuer.Issue(
            CertificateSpec.Leaf("ContractCertNew", TestPkiBuilder.DefaultEmaid, "MO",
                X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.KeyAgreement),
            Pki.Contract.SubCa2);
    }

    public GeneratedPki Pki { get; }

    /// <summary>A second contract certificate of the same MO Sub-CA 2 (the renewal of a CertificateUpdate).</summary>
    public IssuedCertificate NewContract { get; }

    public X509Certificate2[] CarRoots => [Pki.V2GRoot.Certificate, Pki.MoRoot.Certificate];

    public ProvisioningTrust OemTrust => new()
    {
        Anchors = [Pki.OemRoot.Certificate],
        Options = Pki.ValidationOptions(CertificateRole.OemProvisioning),
        KnownSubCertificates = Pki.OemProvisioning.SubCertificates,
    };

    public ProvisioningTrust CpsTrust => new() { Anchors = [Pki.V2GRoot.Certificate], Options = Pki.ValidationOptions(CertificateRole.Cps) };

    public ProvisioningTrust ContractTrust => new() { Anchors = CarRoots, Options = Pki.ValidationOptions(CertificateRole.Contract) };

    public CertificateChainData OemChain => Chain(Pki.OemProvisioning.Leaf);

    public CertificateChainData ContractChain => Chain(Pki.Contract.Leaf);

    public ContractDelivery Contract => ContractDelivery.FromEcdsa(ContractChain, Pki.Contract.Leaf.PrivateKey);

    public ContractDelivery Renewal => ContractDelivery.FromEcdsa(Chain(NewContract), NewContract.PrivateKey);

    public CpsCredentials Cps => new(Chain(Pki.Cps.Leaf), new EcdsaSigner(Pki.Cps.Leaf.PrivateKey));

    public CertificateChainData Chain(IssuedCertificate leaf) =>
        new(leaf.Certificate, [Pki.ChainFor(RoleOf(leaf)).SubCa2.Certificate, Pki.ChainFor(RoleOf(leaf)).SubCa1.Certificate]);

    public static ECDiffieHellman KeyAgreement(ECDsa key) => ECDiffieHellman.Create(key.ExportParameters(true));

    public void Dispose()
    {
        NewContract.Dispose();
        Pki.Dispose();
    }

    private CertificateRole RoleOf(IssuedCertificate leaf) =>
        leaf == Pki.Cps.Leaf ? CertificateRole.Cps
        : leaf == Pki.OemProvisioning.Leaf ? CertificateRole.OemProvisioning
        : leaf == Pki.Secc.Leaf ? CertificateRole.Secc
        : CertificateRole.Contract;
}
