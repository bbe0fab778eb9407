using System;
using System.IO;
using System.Linq;
using V2G.Security.Certificates;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Certificates;

/// <summary>
/// Chain validation with the real revocation sources of the shared PKI: the revoked contract fails through its CRL
/// and through its OCSP response, good responses pass, a response for another certificate does not count (stale and foreign-signed
/// sources are refused at the source level, see Revocation tests: the shared responses outlive every leaf).
/// </summary>
public sealed class RevocationIntegrationTests
{
    public static TheoryData<string> Sets() => new(TestPki.Sets);

    private static ChainValidationResult ValidateContract(string set, string leaf, RevocationPolicy policy, DateTimeOffset? at, params string[] sources)
    {
        var revocation = new RevocationSources();
        foreach (string source in sources)
        {
            string path = Path.Combine(PncData.Pki(set), source);
            string? error;
            bool added = source.StartsWith("crl", StringComparison.Ordinal) ? revocation.TryAddCrlFile(path, out error) : revocation.TryAddOcspResponseFile(path, out error);
            Assert.True(added, error);
        }

        var options = TestPki.Options(set, CertificateRole.Contract) with
        {
            RevocationPolicy = policy,
            RevocationChecker = new SourceRevocationChecker(revocation),
            ValidationTime = at ?? PncData.ReferenceTime,
        };
        return CertificateChainValidator.Validate(
            TestPki.Cert(set, leaf),
            new[] { TestPki.Cert(set, "MOSubCA2"), TestPki.Cert(set, "MOSubCA1") },
            new[] { TestPki.Cert(set, "MORootCA") },
            options);
    }

    private static readonly string[] AllCrls = { "crl/MOSubCA2.crl.der", "crl/MOSubCA1.crl.der" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Revoked_contract_is_refused_through_its_crl(string set)
    {
        var result = ValidateContract(set, "ContractCert2", RevocationPolicy.Prefer, null, AllCrls);
        Assert.Equal(ChainRule.Revoked, result.Failure?.Rule);
        Assert.Equal("leaf", result.Failure!.PositionName);
        Assert.Contains("2025-05-01", result.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Revoked_contract_is_refused_through_its_ocsp_response(string set)
    {
        var result = ValidateContract(set, "ContractCert2", RevocationPolicy.Prefer, null, "ocsp/ContractCert2_revoked.resp.der");
        Assert.Equal(ChainRule.Revoked, result.Failure?.Rule);
        Assert.Contains("OCSP", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Good_contract_passes_with_good_ocsp_responses_under_require(string set)
    {
        var result = ValidateContract(set, "ContractCert", RevocationPolicy.Require, null, "ocsp/ContractCert_good.resp.der", "ocsp/MOSubCA2_good.resp.der", "crl/MORootCA.crl.der");
        Assert.True(result.IsValid, result.ToString());
        Assert.All(result.Revocation, r => Assert.Equal(RevocationStatus.Good, r.Status));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Ocsp_response_for_another_certificate_does_not_vouch_for_this_one(string set)
    {
        // The SECC's good response, offered for the contract chain: its CertID and signer belong to the CPO chain.
        var result = ValidateContract(set, "ContractCert", RevocationPolicy.Require, null, "ocsp/SECCCert_good.resp.der", "ocsp/MOSubCA2_good.resp.der", "crl/MORootCA.crl.der");
        Assert.Equal(ChainRule.RevocationUnknown, result.Failure?.Rule);
        Assert.Equal("leaf", result.Failure!.PositionName);
    }

    [Fact]
    public void A_checker_that_throws_refuses_the_chain_even_under_prefer()
    {
        var options = TestPki.Options("iso2", CertificateRole.Contract) with { RevocationPolicy = RevocationPolicy.Prefer, RevocationChecker = new ThrowingChecker() };
        var result = CertificateChainValidator.Validate(
            TestPki.Cert("iso2", "ContractCert"),
            new[] { TestPki.Cert("iso2", "MOSubCA2"), TestPki.Cert("iso2", "MOSubCA1") },
            new[] { TestPki.Cert("iso2", "MORootCA") },
            options);
        Assert.Equal(ChainRule.RevocationUnknown, result.Failure?.Rule);
        Assert.Contains("checker failed", result.Failure!.Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingChecker : IRevocationChecker
    {
        public RevocationCheckResult Check(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, System.Security.Cryptography.X509Certificates.X509Certificate2 issuer, DateTimeOffset validationTime) =>
            throw new InvalidOperationException("responder unreachable");
    }
}
