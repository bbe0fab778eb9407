using System.Linq;
using V2G.Security.Certificates;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>Each broken leaf is refused by our validator with its named rule and by openssl (except the ISO-only DC defect).</summary>
public sealed class WrittenBrokenTests
{
    public static TheoryData<SecurityProfile, string, ChainRule> BrokenLeaves()
    {
        var data = new TheoryData<SecurityProfile, string, ChainRule>
        {
            // The expected rules, written out so that a change of the factory's metadata cannot make the test pass.
        };
        (string Name, ChainRule Rule)[] expected =
        [
            ("ContractCert_expired", ChainRule.Expired), ("ContractCert_notYetValid", ChainRule.NotYetValid),
            ("SECCCert_wrongKeyUsage", ChainRule.LeafKeyUsage), ("SECCCert_badSignature", ChainRule.Signature),
            ("ContractCert_wrongIssuer", ChainRule.IssuerNameMismatch), ("ContractCert_signedByWrongKey", ChainRule.Signature),
            ("SECCCert_issuedByNonCA", ChainRule.IssuerNotCa), ("SECCCert_issuedByNoBC", ChainRule.IssuerNotCa),
            ("SECCCert_pathLenViolation", ChainRule.PathLength), ("ContractCert_issuerNoKeyCertSign", ChainRule.IssuerKeyUsage),
            ("SECCCert_wrongDomainComponent", ChainRule.DomainComponent),
        ];
        foreach (SecurityProfile profile in WrittenPkis.Profiles)
        {
            foreach ((string name, ChainRule rule) in expected)
            {
                data.Add(profile, name, rule);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenLeaves))]
    public void BrokenLeaf_IsRefusedWithItsDefect(SecurityProfile profile, string name, ChainRule rule)
    {
        TestPkiSet pki = WrittenPkis.Pki(profile);
        BrokenCertificate broken = pki.Broken.Single(b => b.Name == name);
        Assert.Equal(rule, broken.ExpectedRule);

        ChainValidationResult result = CertificateChainValidator.Validate(broken.Certificate.Certificate,
            broken.ValidateWith.Select(n => pki[n].Certificate).ToArray(), [pki[broken.TrustAnchor].Certificate],
            WrittenChainTests.Options(profile, broken.Role!.Value));
        Assert.False(result.IsValid, $"{name} was accepted");
        Assert.Equal(rule, result.Failure!.Rule);

        string[] untrusted = broken.ValidateWith.SelectMany(n => new[] { "-untrusted", CertificateFile(profile, pki, n) }).ToArray();
        (int exit, string output) = WrittenPkis.OpenSsl(
            ["verify", "-x509_strict", "-attime", WrittenPkis.AtTime, "-CAfile", WrittenPkis.File(profile, "certs", broken.TrustAnchor + ".pem"),
             .. untrusted, WrittenPkis.File(profile, "broken", name + ".pem")]);
        if (broken.RejectedByOpenSsl)
        {
            Assert.True(exit != 0, $"openssl accepted {name}: {output}");
        }
        else
        {
            Assert.True(exit == 0, $"openssl refused the ISO-only defect {name}: {output}");
        }
    }

    private static string CertificateFile(SecurityProfile profile, TestPkiSet pki, string name) =>
        pki.Broken.Any(b => b.Name == name) ? WrittenPkis.File(profile, "broken", name + ".pem") : WrittenPkis.File(profile, "certs", name + ".pem");
}
