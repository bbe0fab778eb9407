using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Exi;
using V2G.Messages.Iso20;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Signatures.Crypto;
using SharedPki = V2G.Security.Tests.Certificates.TestPki;

namespace V2G.Security.Tests.Provisioning;

/// <summary>The shared Ed448 PKI (iso20_ed448) with its X448 key agreement keys, as car and back end hold them.</summary>
internal static class Ed448World
{
    public const string Set = "iso20_ed448";
    public const string Pcid = "WMIV1234567890ABCD";
    public const string Emaid = "DEABCC12345678";

    public static X509Certificate2 Cert(string name) => SharedPki.Cert(Set, name);

    public static byte[] Hex(string keyFile) =>
        Convert.FromHexString(File.ReadAllText(Path.Combine(PncData.Pki(Set), "keys", keyFile)).Trim());

    public static IV2GSigner Signer(string name) =>
        V2GSigners.FromPem(File.ReadAllText(Path.Combine(PncData.Pki(Set), "keys", name + ".key.pem")));

    public static CertificateChainData OemChain => new(Cert("OEMProvCert"), [Cert("OEMSubCA2"), Cert("OEMSubCA1")]);

    public static CertificateChainData ContractChain => new(Cert("ContractCert"), [Cert("MOSubCA2"), Cert("MOSubCA1")]);

    public static CpsCredentials Cps => new(new(Cert("CPSLeafCert"), [Cert("CPSSubCA2"), Cert("CPSSubCA1")]), Signer("CPSLeafCert"));

    public static ContractDelivery Contract => new(ContractChain, Hex("ContractCert_X448.key.hex"));

    public static X509Certificate2[] CarRoots => [Cert("V2GRootCA"), Cert("MORootCA")];

    public static ProvisioningTrust OemTrust => Trust([Cert("OEMRootCA")]);

    public static ProvisioningTrust CpsTrust => Trust([Cert("V2GRootCA")]);

    public static ProvisioningTrust ContractTrust => Trust(CarRoots);

    /// <summary>Encodes and decodes ignoring the XSD length facets (the 57-byte X448 DHPublicKey), as the standard's text requires.</summary>
    public static CommonMessagesDocument OverTheWire(CommonMessagesDocument document) =>
        CommonMessagesCodec.Decode(
            CommonMessagesCodec.Encode(document, ExiEncodeOptions.IgnoringLengthFacets), ExiDecodeOptions.IgnoringLengthFacets, out _);

    private static ProvisioningTrust Trust(X509Certificate2[] anchors) => new()
    {
        Anchors = anchors,
        Options = SharedPki.Options(Set, CertificateRole.Contract),
    };
}
