using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

public sealed class SourceRevocationCheckerTests
{
    private static readonly DateTimeOffset Year2036 = new(2036, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void With_every_shared_source_ContractCert2_is_revoked_by_ocsp_first(string set)
    {
        var pki = new TestPki(set);
        RevocationCheckResult result = AllSources(pki).Check(pki.Cert("ContractCert2"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.StartsWith("OCSP response by MOSubCA2", result.Source);
        Assert.Equal(RevocationReason.KeyCompromise, result.RevocationReason);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero), result.RevocationTime);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void With_only_crls_ContractCert2_is_revoked_by_the_MOSubCA2_crl(string set)
    {
        var pki = new TestPki(set);
        RevocationCheckResult result = new SourceRevocationChecker(CrlsOnly(pki)).Check(pki.Cert("ContractCert2"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Equal("CRL of MOSubCA2 (CRLNumber 1)", result.Source);
        Assert.Equal(RevocationReason.KeyCompromise, result.RevocationReason);
    }

    [Theory]
    [MemberData(nameof(TestPki.GoodCases), MemberType = typeof(TestPki))]
    public void Good_certificates_are_good_through_ocsp_and_through_crls_alone(string set, string name, string issuerName)
    {
        var pki = new TestPki(set);
        RevocationCheckResult both = AllSources(pki).Check(pki.Cert(name), pki.Cert(issuerName), TestPki.ReferenceTime);
        RevocationCheckResult crlOnly = new SourceRevocationChecker(CrlsOnly(pki)).Check(pki.Cert(name), pki.Cert(issuerName), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Good, both.Status);
        Assert.StartsWith("OCSP response by " + issuerName, both.Source);
        Assert.Equal(RevocationStatus.Good, crlOnly.Status);
        Assert.StartsWith("CRL of " + issuerName, crlOnly.Source);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void Stale_sources_give_unknown_with_the_reason_never_good(string set)
    {
        var pki = new TestPki(set);
        RevocationCheckResult result = AllSources(pki).Check(pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), Year2036);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Equal(RevocationSourceFailure.Stale, result.Failure);
        Assert.Contains("OCSP response by MOSubCA2 for DEABCC12345678 (serial 100B): stale", result.Reason);
        Assert.Contains("CRL of MOSubCA2 (CRLNumber 1): stale", result.Reason);
        Assert.False(RevocationDecision.Apply(RevocationPolicy.Require, result).Accepted);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_badly_signed_crl_gives_unknown_and_does_not_hide_behind_a_good_answer(string set)
    {
        var pki = new TestPki(set);
        var sources = new RevocationSources();
        Assert.True(sources.TryAddCrl(CrlCheckerTests.FlipLastBit(File.ReadAllBytes(pki.CrlPath("MOSubCA2"))), out string? error), error);

        RevocationCheckResult result = new SourceRevocationChecker(sources).Check(pki.Cert("ContractCert2"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Equal(RevocationSourceFailure.BadSignature, result.Failure);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void No_source_for_the_issuer_gives_unknown_naming_the_issuer(string set)
    {
        var pki = new TestPki(set);
        RevocationCheckResult result = AllSources(pki).Check(pki.Cert("OEMProvCert"), pki.Cert("OEMSubCA2"), TestPki.ReferenceTime);
        var onlyMo = new RevocationSources();
        onlyMo.AddCrl(pki.Crl("MOSubCA2"));
        RevocationCheckResult none = new SourceRevocationChecker(onlyMo).Check(pki.Cert("SECCCert"), pki.Cert("CPOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Good, result.Status); // the OEMSubCA2 CRL is among all sources
        Assert.Equal(RevocationStatus.Unknown, none.Status);
        Assert.Equal(RevocationSourceFailure.NoSource, none.Failure);
        Assert.Equal("no CRL or OCSP response for issuer CPOSubCA2 of DE*ABC*E123456789", none.Reason);
    }

    [Fact]
    public void A_revoked_answer_of_a_valid_crl_wins_over_a_good_ocsp_answer()
    {
        var pki = new TestPki("iso2");
        X509Certificate2 contract2 = pki.Cert("ContractCert2");
        var sources = new RevocationSources();
        sources.AddOcspResponse(OcspResponseFactory.Parse(new OcspResponseFactory(pki).ByCa("MOSubCA2", OcspCertId.Compute(contract2, pki.Cert("MOSubCA2")))));
        sources.AddCrl(pki.Crl("MOSubCA2"));

        RevocationCheckResult result = new SourceRevocationChecker(sources).Check(contract2, pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.StartsWith("CRL of MOSubCA2", result.Source);
    }

    [Fact]
    public void Unreadable_files_are_reported_not_thrown()
    {
        var sources = new RevocationSources();
        Assert.False(sources.TryAddCrl(new byte[] { 0xFF, 0x00 }, out string? crlError));
        Assert.False(sources.TryAddOcspResponseFile("/nonexistent/x.resp.der", out string? ocspError));
        Assert.False(sources.TryAddOcspResponse(new byte[] { 0x30, 0x00 }, out string? parseError));

        Assert.StartsWith("not a CRL", crlError);
        Assert.Contains("cannot be read", ocspError);
        Assert.StartsWith("not an OCSP response", parseError);
        Assert.Empty(sources.Crls);
        Assert.Empty(sources.OcspResponses);
    }

    private static SourceRevocationChecker AllSources(TestPki pki)
    {
        RevocationSources sources = CrlsOnly(pki);
        foreach (string file in Directory.GetFiles(Path.Combine(pki.Root, "ocsp"), "*.resp.der"))
        {
            Assert.True(sources.TryAddOcspResponseFile(file, out string? error), error);
        }

        return new SourceRevocationChecker(sources);
    }

    private static RevocationSources CrlsOnly(TestPki pki)
    {
        var sources = new RevocationSources();
        foreach (string file in Directory.GetFiles(Path.Combine(pki.Root, "crl"), "*.crl.der"))
        {
            Assert.True(sources.TryAddCrlFile(file, out string? error), error);
        }

        return sources;
    }
}
