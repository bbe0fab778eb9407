using System.Linq;
using V2G.Security.Certificates;
using Xunit;

namespace V2G.Security.Tests.Certificates;

public sealed class CertificateInspectorTests
{
    [Theory]
    [InlineData("iso2", "SECCCert", CertificateRole.Secc, "secp256r1 (P-256)")]
    [InlineData("iso20", "ContractCert", CertificateRole.Contract, "secp521r1 (P-521)")]
    [InlineData("iso20_ed448", "OEMProvCert", CertificateRole.OemProvisioning, null)]
    [InlineData("iso20", "CPSLeafCert", CertificateRole.Cps, "secp521r1 (P-521)")]
    public void Leaf_is_described_with_role_urls_and_passing_checks(string set, string name, CertificateRole role, string? curve)
    {
        System.Text.Json.JsonElement manifest = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(
            System.IO.Path.Combine(PncData.Pki(set), "manifest.json"))).RootElement.GetProperty("certs").GetProperty(name);

        Assert.True(CertificateInspector.TryInspect(TestPki.Cert(set, name), null, PncData.ReferenceTime, out CertificateInspection? i, out _));

        Assert.Equal((CertificateKind.Leaf, role, curve), (i.Kind, i.LikelyRole, i.Curve));
        Assert.Equal(manifest.GetProperty("sha256_fingerprint").GetString(), i.Sha256Fingerprint);
        Assert.Equal(manifest.GetProperty("ski").GetString(), i.SubjectKeyIdentifier);
        Assert.Equal(manifest.GetProperty("aki").GetString(), i.AuthorityKeyIdentifier);
        Assert.EndsWith("/" + manifest.GetProperty("issuer").GetString()!.Split("CN=")[1], Assert.Single(i.OcspUrls));
        Assert.EndsWith(".crl", Assert.Single(i.CrlDistributionPoints));
        Assert.Equal(TestPki.Profile(set), i.Profile);
        Assert.All(i.Checks, c => Assert.True(c.Passed, $"{c.Rule}: {c.Message}"));
        Assert.Contains(i.Checks, c => c.Rule == ChainRule.LeafKeyUsage);
        Assert.Equal(role == CertificateRole.Contract ? "DEABCC12345678" : null, i.Emaid);
        Assert.Equal(role == CertificateRole.OemProvisioning ? "WMIV1234567890ABCD" : null, i.Pcid);
    }

    [Fact]
    public void Root_is_recognised_and_its_self_signature_checked()
    {
        Assert.True(CertificateInspector.TryInspect(TestPki.Cert("iso20_ed448", "V2GRootCA"), null, null, out CertificateInspection? i, out _));

        Assert.Equal((CertificateKind.Root, (CertificateRole?)null, "Ed448"), (i.Kind, i.LikelyRole, i.KeyAlgorithm));
        Assert.Contains(i.Checks, c => c.Rule == ChainRule.Signature && c.Passed);
        Assert.Empty(i.OcspUrls);
    }

    [Fact]
    public void Failing_checks_are_reported_with_their_rule()
    {
        Assert.True(CertificateInspector.TryInspect(TestPki.Cert("iso2", "SECCCert_wrongKeyUsage"), SecurityProfile.Iso20Secp521,
            PncData.ReferenceTime, out CertificateInspection? i, out _));

        ChainRule[] failed = i.Checks.Where(c => !c.Passed).Select(c => c.Rule).ToArray();

        Assert.Equal(new[] { ChainRule.ProfileKeyAlgorithm, ChainRule.ProfileSignatureAlgorithm, ChainRule.LeafKeyUsage }, failed);
    }

    [Fact]
    public void Expired_certificate_fails_the_validity_check()
    {
        Assert.True(CertificateInspector.TryInspect(TestPki.Cert("iso20", "ContractCert_expired"), null, PncData.ReferenceTime,
            out CertificateInspection? i, out _));

        Assert.Contains(i.Checks, c => c.Rule == ChainRule.Expired && !c.Passed);
    }
}
