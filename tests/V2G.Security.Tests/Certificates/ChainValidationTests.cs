using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using Xunit;

namespace V2G.Security.Tests.Certificates;

public sealed class ChainValidationTests
{
    public static IEnumerable<object[]> ValidCases() => ChainCase.Valid().Select(c => new object[] { c });

    public static IEnumerable<object[]> BrokenCases() => ChainCase.Broken().Select(c => new object[] { c });

    public static IEnumerable<object[]> SetNames() => TestPki.Sets.Select(s => new object[] { s });

    /// <summary>The rule each broken certificate of the manifest must be refused with (in every set).</summary>
    internal static readonly Dictionary<string, ChainRule> ExpectedRule = new()
    {
        ["ContractCert_expired"] = ChainRule.Expired,
        ["ContractCert_notYetValid"] = ChainRule.NotYetValid,
        ["SECCCert_wrongKeyUsage"] = ChainRule.LeafKeyUsage,
        ["SECCCert_badSignature"] = ChainRule.Signature,
        ["ContractCert_wrongIssuer"] = ChainRule.IssuerNameMismatch,
        ["ContractCert_signedByWrongKey"] = ChainRule.Signature,
        // Alone, this CA:false certificate with keyCertSign is a leaf with a usage no leaf may have; as an issuer see IssuedByNonCA.
        ["CPOSubCA2_basicConstraintsCAfalse"] = ChainRule.LeafKeyUsage,
        ["SECCCert_issuedByNonCA"] = ChainRule.IssuerNotCa,
        // Alone, a certificate without basicConstraints is a leaf without the CA:false the profile requires.
        ["CPOSubCA2_noBasicConstraints"] = ChainRule.LeafBasicConstraints,
        ["SECCCert_issuedByNoBC"] = ChainRule.IssuerNotCa,
        ["CPOSubCA3_pathLenViolation"] = ChainRule.PathLength,
        ["SECCCert_pathLenViolation"] = ChainRule.PathLength,
        // Alone, this CA certificate is no leaf (CA:true); as an issuer see ContractCert_issuerNoKeyCertSign.
        ["MOSubCA2_noKeyCertSign"] = ChainRule.LeafBasicConstraints,
        ["ContractCert_issuerNoKeyCertSign"] = ChainRule.IssuerKeyUsage,
        ["SECCCert_wrongDomainComponent"] = ChainRule.DomainComponent,
    };

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_chain_validates_for_its_role(ChainCase c)
    {
        ChainValidationResult result = TestPki.Validate(c);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(new[] { c.Leaf }.Concat(c.SubCas).Concat(c.Anchors).Select(n => TestPki.Cert(c.Set, n).Thumbprint),
            result.Path.Select(p => p.Thumbprint));
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Broken_certificate_is_refused_with_its_defect(ChainCase c)
    {
        ChainValidationResult result = TestPki.Validate(c);

        Assert.False(result.IsValid);
        Assert.Equal(ExpectedRule[c.Name], result.Failure!.Rule);
    }

    [Fact]
    public void Every_broken_certificate_of_the_manifests_has_an_expected_rule()
    {
        string[] names = ChainCase.Broken().Select(c => c.Name).Distinct().ToArray();

        Assert.Equal(ExpectedRule.Keys.Order(), names.Order());
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Bundles_as_messages_carry_them_validate_in_any_order(string set)
    {
        foreach ((string file, CertificateRole role, string anchors) in new[]
        {
            ("cpoCertChain.pem", CertificateRole.Secc, "trustAnchors_V2G.pem"),
            ("cpsCertChain.pem", CertificateRole.Cps, "trustAnchors_V2G.pem"),
            ("contractCertChain.pem", CertificateRole.Contract, "trustAnchors_MO.pem"),
            ("contractCertNewChain.pem", CertificateRole.Contract, "trustAnchors_MO.pem"),
            ("oemCertChain.pem", CertificateRole.OemProvisioning, "trustAnchors_OEM.pem"),
        })
        {
            X509Certificate2[] chain = TestPki.Bundle(set, file);
            X509Certificate2[] roots = TestPki.Bundle(set, "trustAnchors_V2G.pem").Concat(TestPki.Bundle(set, "trustAnchors_MO.pem"))
                .Concat(TestPki.Bundle(set, "trustAnchors_OEM.pem")).ToArray();
            Assert.Equal(3, chain.Length);
            ChainValidationOptions options = TestPki.Options(set, role);

            ChainValidationResult asCarried = CertificateChainValidator.Validate(chain[0], chain[1..], TestPki.Bundle(set, anchors), options);
            ChainValidationResult reversed = CertificateChainValidator.Validate(chain[0], [chain[2], chain[1]], roots, options);

            Assert.True(asCarried.IsValid, $"{file}: {asCarried}");
            Assert.True(reversed.IsValid, $"{file} reversed, all roots: {reversed}");
            Assert.Equal(chain[1].Thumbprint, reversed.Path[1].Thumbprint);
        }
    }

    [Theory]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public void VehicleCert_chains_to_the_OEM_root_but_is_no_provisioning_certificate(string set)
    {
        // VehicleCert (CN VEHICLE-<PCID>, DC=OEM, digitalSignature+keyAgreement) fits no role of the primer: its CN is not a PCID.
        ChainValidationResult result = TestPki.Validate(new ChainCase(set, "VehicleCert", CertificateRole.OemProvisioning,
            "VehicleCert", ["OEMSubCA2", "OEMSubCA1"], ["OEMRootCA"]));

        Assert.Equal(ChainRule.ProvisioningIdentifier, result.Failure?.Rule);
        Assert.Equal(4, result.Path.Count);
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Failure_names_certificate_and_position(string set)
    {
        ChainValidationResult issuer = TestPki.Validate(ChainCase.Broken().Single(c => c.Set == set && c.Name == "SECCCert_issuedByNonCA"));
        ChainValidationResult depth = TestPki.Validate(ChainCase.Broken().Single(c => c.Set == set && c.Name == "SECCCert_pathLenViolation"));
        ChainValidationResult expired = TestPki.Validate(ChainCase.Broken().Single(c => c.Set == set && c.Name == "ContractCert_expired"));

        Assert.Equal(("CPOSubCA2-noCA", 1, "Sub-CA 2"), (issuer.Failure!.Certificate, issuer.Failure.Position, issuer.Failure.PositionName));
        Assert.Equal(("CPOSubCA1", 3, "Sub-CA 1"), (depth.Failure!.Certificate, depth.Failure.Position, depth.Failure.PositionName));
        Assert.Equal(("DEABCC12345678", 0, "leaf"), (expired.Failure!.Certificate, expired.Failure.Position, expired.Failure.PositionName));
        Assert.Contains("2021-01-01", expired.Failure.Message);
    }
}
