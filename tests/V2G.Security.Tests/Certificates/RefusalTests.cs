using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Certificates;

public sealed class RefusalTests
{
    private static readonly string[] CpoSubs = ["CPOSubCA2", "CPOSubCA1"];

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public void Wrong_root_is_refused(string set)
    {
        ChainValidationResult result = TestPki.Validate(new ChainCase(set, "wrong root", CertificateRole.Secc, "SECCCert", CpoSubs, ["MORootCA"]));

        Assert.Equal(ChainRule.UntrustedRoot, result.Failure?.Rule);
        Assert.Equal("CPOSubCA1", result.Failure!.Certificate);
        Assert.Equal(3, result.Path.Count);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20_ed448")]
    public void Leaf_only_is_refused(string set)
    {
        ChainValidationResult result = TestPki.Validate(new ChainCase(set, "leaf only", CertificateRole.Secc, "SECCCert", [], ["V2GRootCA"]));

        Assert.Equal(ChainRule.IncompleteChain, result.Failure?.Rule);
        Assert.Equal("leaf", result.Failure!.PositionName);
    }

    [Theory]
    [InlineData("iso2", "iso20")]
    [InlineData("iso20", "iso20_ed448")]
    public void Chain_of_another_profile_is_refused(string set, string profileOfSet)
    {
        ChainValidationOptions options = TestPki.Options(profileOfSet, CertificateRole.Secc);

        ChainValidationResult result = TestPki.Validate(new ChainCase(set, "other profile", CertificateRole.Secc, "SECCCert", CpoSubs,
            ["V2GRootCA"]), options);

        Assert.Equal(ChainRule.ProfileKeyAlgorithm, result.Failure?.Rule);
    }

    [Fact]
    public void P256_leaf_in_a_P521_chain_is_refused_at_the_leaf()
    {
        using ECDsa p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using ECDsa p521 = ECDsa.Create(ECCurve.NamedCurves.nistP521);
        X509Certificate2 badLeaf = IssueSeccLeaf(p256);
        X509Certificate2 goodLeaf = IssueSeccLeaf(p521);
        X509Certificate2[] subs = [TestPki.Cert("iso20", "CPOSubCA2"), TestPki.Cert("iso20", "CPOSubCA1")];
        X509Certificate2[] roots = [TestPki.Cert("iso20", "V2GRootCA")];
        ChainValidationOptions options = TestPki.Options("iso20", CertificateRole.Secc);

        ChainValidationResult bad = CertificateChainValidator.Validate(badLeaf, subs, roots, options);
        ChainValidationResult good = CertificateChainValidator.Validate(goodLeaf, subs, roots, options);

        Assert.True(good.IsValid, good.ToString());
        Assert.Equal((ChainRule.ProfileKeyAlgorithm, "leaf"), (bad.Failure?.Rule, bad.Failure?.PositionName));
        Assert.Contains("P-256", bad.Failure!.Message);
    }

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20")]
    [InlineData("iso20_ed448")]
    public void Secc_leaf_validated_as_contract_is_refused(string set)
    {
        ChainValidationResult result = TestPki.Validate(new ChainCase(set, "wrong role", CertificateRole.Contract, "SECCCert", CpoSubs,
            ["V2GRootCA", "MORootCA"]));

        Assert.Equal(ChainRule.DomainComponent, result.Failure?.Rule);
    }

    [Fact]
    public void Contract_leaf_validated_as_secc_is_refused_for_its_key_usage()
    {
        ChainValidationResult result = TestPki.Validate(new ChainCase("iso2", "wrong role", CertificateRole.Secc, "ContractCert",
            ["MOSubCA2", "MOSubCA1_issuedByV2GRoot"], ["V2GRootCA"]));

        Assert.Equal(ChainRule.LeafKeyUsage, result.Failure?.Rule);
        Assert.Contains("NonRepudiation", result.Failure!.Message);
    }

    [Fact]
    public void Contract_chain_to_V2G_root_needs_the_cross_signed_sub_ca()
    {
        ChainValidationResult result = TestPki.Validate(new ChainCase("iso20", "no cross cert", CertificateRole.Contract, "ContractCert",
            ["MOSubCA2", "MOSubCA1"], ["V2GRootCA"]));

        Assert.Equal(ChainRule.UntrustedRoot, result.Failure?.Rule);
    }

    [Fact]
    public void No_trust_anchor_is_refused()
    {
        ChainValidationResult result = TestPki.Validate(new ChainCase("iso2", "no anchors", CertificateRole.Secc, "SECCCert", CpoSubs, []));

        Assert.Equal(ChainRule.NoTrustAnchor, result.Failure?.Rule);
    }

    [Fact]
    public void Revocation_is_required_by_default_and_refuses_without_a_checker()
    {
        ChainValidationOptions defaults = new()
        {
            Profile = SecurityProfile.Iso2,
            Role = CertificateRole.Secc,
            ValidationTime = PncData.ReferenceTime,
        };

        ChainValidationResult result = TestPki.Validate(new ChainCase("iso2", "no checker", CertificateRole.Secc, "SECCCert", CpoSubs,
            ["V2GRootCA"]), defaults);

        Assert.Equal(RevocationPolicy.Require, defaults.RevocationPolicy);
        Assert.Equal(ChainRule.RevocationUnknown, result.Failure?.Rule);
    }

    [Theory]
    [InlineData(RevocationPolicy.Require, RevocationStatus.Good, null)]
    [InlineData(RevocationPolicy.Require, RevocationStatus.Unknown, ChainRule.RevocationUnknown)]
    [InlineData(RevocationPolicy.Require, RevocationStatus.Revoked, ChainRule.Revoked)]
    [InlineData(RevocationPolicy.Prefer, RevocationStatus.Unknown, null)]
    [InlineData(RevocationPolicy.Prefer, RevocationStatus.Revoked, ChainRule.Revoked)]
    [InlineData(RevocationPolicy.Ignore, RevocationStatus.Revoked, null)]
    public void Revocation_policy_is_applied_to_the_revoked_contract(RevocationPolicy policy, RevocationStatus leafStatus, ChainRule? rule)
    {
        var checker = new FakeRevocationChecker(RevocationStatus.Good, ("DEABCC87654321", leafStatus));
        ChainValidationOptions options = TestPki.Options("iso20", CertificateRole.Contract) with
        {
            RevocationChecker = checker,
            RevocationPolicy = policy,
        };

        ChainValidationResult result = TestPki.Validate(new ChainCase("iso20", "revoked", CertificateRole.Contract, "ContractCert2",
            ["MOSubCA2", "MOSubCA1"], ["MORootCA"]), options);

        Assert.Equal(rule, result.Failure?.Rule);
        if (policy == RevocationPolicy.Ignore)
        {
            Assert.Empty(checker.Calls);
            Assert.Empty(result.Revocation);
        }
        else if (rule is null)
        {
            Assert.Equal(new[] { ("DEABCC87654321", "MOSubCA2"), ("MOSubCA2", "MOSubCA1"), ("MOSubCA1", "MORootCA") }, checker.Calls);
            Assert.Equal(3, result.Revocation.Count);
        }
        else
        {
            Assert.Equal("leaf", result.Failure!.PositionName);
            Assert.Single(result.Revocation);
        }
    }

    [Fact]
    public void Unknown_sub_ca_status_fails_only_under_require()
    {
        var checker = new FakeRevocationChecker(RevocationStatus.Good, ("CPOSubCA1", RevocationStatus.Unknown));
        ChainValidationOptions require = TestPki.Options("iso2", CertificateRole.Secc) with
        {
            RevocationChecker = checker,
            RevocationPolicy = RevocationPolicy.Require,
        };
        var chain = new ChainCase("iso2", "unknown", CertificateRole.Secc, "SECCCert", CpoSubs, ["V2GRootCA"]);

        ChainValidationResult required = TestPki.Validate(chain, require);
        ChainValidationResult preferred = TestPki.Validate(chain, require with { RevocationPolicy = RevocationPolicy.Prefer });

        Assert.Equal((ChainRule.RevocationUnknown, "Sub-CA 1"), (required.Failure?.Rule, required.Failure?.PositionName));
        Assert.True(preferred.IsValid, preferred.ToString());
    }

    private static X509Certificate2 IssueSeccLeaf(ECDsa key)
    {
        string dir = PncData.Pki("iso20");
        using X509Certificate2 issuer = X509Certificate2.CreateFromPemFile(
            System.IO.Path.Combine(dir, "certs", "CPOSubCA2.pem"), System.IO.Path.Combine(dir, "keys", "CPOSubCA2.key.pem"));
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName("DE*ABC*E123456789");
        name.AddOrganizationName("Generated in a test");
        name.AddCountryOrRegion("DE");
        name.AddDomainComponent("CPO");
        var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA512);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        DateTimeOffset from = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        return request.Create(issuer, from, from.AddYears(3), [0x7A, 0x01]);
    }
}
