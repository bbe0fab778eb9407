using System.Security.Cryptography.X509Certificates;
using System.Text;
using V2G.Security.Certificates;
using V2G.Security.Csr;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>A CA of a written PKI folder turns a <see cref="V2GCsr"/> into a leaf the validator accepts for its role.</summary>
public sealed class FolderIssuerTests
{
    [Theory]
    [MemberData(nameof(WrittenPkis.ProfileCases), MemberType = typeof(WrittenPkis))]
    public void SeccCsr_SignedByCpoSubCa2_ValidatesForSecc(SecurityProfile profile)
    {
        V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, profile, "CN=DE*ABC*E999,O=Test,C=DE,DC=CPO", out CsrPrivateKey key);
        using (key)
        {
            Assert.True(TestPkiFolderIssuer.TryIssue(WrittenPkis.Directory(profile), "CPOSubCA2", CertificateRole.Secc,
                Encoding.ASCII.GetBytes(csr.Pem), out X509Certificate2? certificate, out TestPkiProblem? problem), problem?.ToString());
            using (certificate)
            {
                TestPkiSet pki = WrittenPkis.Pki(profile);
                var options = new ChainValidationOptions
                {
                    Profile = profile, Role = CertificateRole.Secc, ValidationTime = System.DateTimeOffset.UtcNow,
                    RevocationPolicy = V2G.Security.Revocation.RevocationPolicy.Ignore,
                };
                ChainValidationResult result = CertificateChainValidator.Validate(certificate,
                    [pki["CPOSubCA2"].Certificate, pki["CPOSubCA1"].Certificate], [pki["V2GRootCA"].Certificate], options);
                Assert.True(result.IsValid, result.ToString());
                Assert.Contains("CN=DE*ABC*E999", certificate.Subject);
            }
        }
    }

    [Fact]
    public void ContractCsr_SignedByTheCpoCa_IsRefusedAsInvalidChain()
    {
        V2GCsr csr = V2GCsr.Create(CertificateRole.Contract, SecurityProfile.Iso2, "CN=DEABCC11111111,O=Test,C=DE,DC=MO", out CsrPrivateKey key);
        using (key)
        {
            Assert.False(TestPkiFolderIssuer.TryIssue(WrittenPkis.Directory(SecurityProfile.Iso2), "CPOSubCA2", CertificateRole.Contract,
                csr.Der, out _, out TestPkiProblem? problem));
            Assert.Equal(TestPkiProblemKind.IssuedChainInvalid, problem.Kind);
        }
    }

    [Fact]
    public void CsrOfAnotherProfile_IsRefused()
    {
        V2GCsr csr = V2GCsr.Create(CertificateRole.Secc, SecurityProfile.Iso20Secp521, "CN=DE*ABC*E999,O=Test,C=DE,DC=CPO", out CsrPrivateKey key);
        using (key)
        {
            Assert.False(TestPkiFolderIssuer.TryIssue(WrittenPkis.Directory(SecurityProfile.Iso2), "CPOSubCA2", CertificateRole.Secc,
                csr.Der, out _, out TestPkiProblem? problem));
            Assert.Equal(TestPkiProblemKind.CsrRefused, problem.Kind);
            Assert.Contains("profile Iso2", problem.Message);
        }
    }
}
