using System;
using System.IO;
using System.Linq;
using V2G.Security.Certificates;
using Xunit;

namespace V2G.Security.Tests.Certificates;

public sealed class CertificatePoolTests
{
    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20_ed448")]
    public void Directory_pool_classifies_roots_by_domain_component_and_supplies_sub_cas(string set)
    {
        Assert.True(DirectoryCertificatePool.TryLoad(Path.Combine(PncData.Pki(set), "certs"), null, out DirectoryCertificatePool? pool,
            out string? error), error);

        Assert.Equal("V2GRootCA", Assert.Single(pool.GetTrustAnchors(TrustAnchorGroup.V2G)).GetNameInfo(
            System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false));
        Assert.Single(pool.GetTrustAnchors(TrustAnchorGroup.MobilityOperator));
        Assert.Single(pool.GetTrustAnchors(TrustAnchorGroup.Oem));
        Assert.Empty(pool.Skipped);
        foreach ((string leaf, CertificateRole role) in new[]
        {
            ("SECCCert", CertificateRole.Secc), ("CPSLeafCert", CertificateRole.Cps),
            ("ContractCert", CertificateRole.Contract), ("OEMProvCert", CertificateRole.OemProvisioning),
        })
        {
            ChainValidationResult result = CertificateChainValidator.Validate(TestPki.Cert(set, leaf), [], pool, TestPki.Options(set, role));
            Assert.True(result.IsValid, $"{leaf}: {result}");
            Assert.Equal(4, result.Path.Count);
        }
    }

    [Fact]
    public void Directory_pool_reads_pem_bundles_and_takes_the_stated_group()
    {
        Assert.True(DirectoryCertificatePool.TryLoad(Path.Combine(PncData.Pki("iso20"), "chains"), TrustAnchorGroup.V2G,
            out DirectoryCertificatePool? pool, out _));

        // Every root of chains/ (V2G, MO and OEM trust anchor bundles) is taken as V2G because the caller said so.
        Assert.Equal(3, pool.GetTrustAnchors(TrustAnchorGroup.V2G).Count);
        Assert.Empty(pool.GetTrustAnchors(TrustAnchorGroup.MobilityOperator));
    }

    [Fact]
    public void Secc_leaf_needs_a_V2G_anchor_of_its_profile()
    {
        var pool = new InMemoryCertificatePool();
        pool.AddCertificate(TestPki.Cert("iso2", "CPOSubCA2"));
        pool.AddCertificate(TestPki.Cert("iso2", "CPOSubCA1"));
        pool.AddTrustAnchor(TestPki.Cert("iso2", "MORootCA"), TrustAnchorGroup.MobilityOperator);
        pool.AddTrustAnchor(TestPki.Cert("iso2", "V2GRootCA"), TrustAnchorGroup.MobilityOperator);

        ChainValidationResult result = CertificateChainValidator.Validate(TestPki.Cert("iso2", "SECCCert"), [], pool,
            TestPki.Options("iso2", CertificateRole.Secc));

        // The V2G root is in the pool but registered as an MO anchor, so the SECC role has no anchor at all.
        Assert.Equal(ChainRule.NoTrustAnchor, result.Failure?.Rule);

        // A root of the same name but another key (the iso20 V2G root) is found by name and refused by signature.
        pool.AddTrustAnchor(TestPki.Cert("iso20", "V2GRootCA"), TrustAnchorGroup.V2G);
        ChainValidationResult sameName = CertificateChainValidator.Validate(TestPki.Cert("iso2", "SECCCert"), [], pool,
            TestPki.Options("iso2", CertificateRole.Secc));
        Assert.Equal((ChainRule.ProfileKeyAlgorithm, "trust anchor"), (sameName.Failure?.Rule, sameName.Failure?.PositionName));
    }

    [Fact]
    public void In_memory_pool_finds_by_subject_and_key_identifier()
    {
        var pool = new InMemoryCertificatePool();
        var sub = TestPki.Cert("iso20", "MOSubCA1");
        pool.AddCertificate(sub);
        pool.AddCertificate(TestPki.Cert("iso20", "MOSubCA1_issuedByV2GRoot"));

        Assert.Equal(2, pool.FindBySubject(sub.SubjectName).Count);
        Assert.Equal(2, pool.FindBySubjectKeyIdentifier(Convert.FromHexString("4AA9F4DD6FCE4823")).Count);
        Assert.Empty(pool.FindBySubjectKeyIdentifier(new byte[8]));
    }

    [Fact]
    public void Missing_directory_is_a_typed_failure()
    {
        Assert.False(DirectoryCertificatePool.TryLoad("/nonexistent/pool", null, out DirectoryCertificatePool? pool, out string? error));
        Assert.Null(pool);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void Two_V2G_roots_of_a_region_both_anchor_their_chains()
    {
        var pool = new InMemoryCertificatePool();
        pool.AddTrustAnchor(TestPki.Cert("iso2", "V2GRootCA"), TrustAnchorGroup.V2G);
        pool.AddTrustAnchor(TestPki.Cert("iso20", "V2GRootCA"), TrustAnchorGroup.V2G);

        foreach (string set in new[] { "iso2", "iso20" })
        {
            ChainValidationResult result = CertificateChainValidator.Validate(TestPki.Cert(set, "SECCCert"),
                [TestPki.Cert(set, "CPOSubCA2"), TestPki.Cert(set, "CPOSubCA1")], pool, TestPki.Options(set, CertificateRole.Secc));
            Assert.True(result.IsValid, $"{set}: {result}");
            Assert.Equal(TestPki.Cert(set, "V2GRootCA").Thumbprint, result.Path.Last().Thumbprint);
        }
    }
}
