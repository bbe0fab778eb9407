using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Math;
using V2G.Security.Authority;
using V2G.Security.Certificates;
using V2G.Security.Provisioning;
using V2G.Security.Revocation;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.ContractIssuance;

public sealed class ContractIssuerTests
{
    [Theory]
    [InlineData("iso2", "P-256")]
    [InlineData("iso20", "P-521")]
    [InlineData("iso20_ed448", null)]
    public void An_issued_contract_validates_to_the_MO_root_and_its_key_is_the_certificates(string set, string? curve)
    {
        Assert.True(PkiDirectory.TryOpen(PncData.Pki(set), out PkiDirectory? pki, out string? error), error);
        using (pki)
        {
            Assert.True(ContractIssuer.TryCreate(pki, out ContractIssuer? issuer, out error), error);
            using (issuer)
            {
                DateTimeOffset now = DateTimeOffset.UtcNow;
                string emaid = EmaidPolicy.Default.Create(1);
                using IssuedContract contract = issuer.Issue(emaid, now);
                X509Certificate2 leaf = contract.Delivery.Chain.Leaf;
                Assert.Equal(emaid, leaf.GetNameInfo(X509NameType.SimpleName, false));
                Assert.Equal(CertificateSerial.Of(leaf), contract.SerialNumberHex);
                Assert.Equal(["MOSubCA2", "MOSubCA1"],
                    System.Linq.Enumerable.Select(contract.Delivery.Chain.SubCertificates, c => c.GetNameInfo(X509NameType.SimpleName, false)));

                ChainValidationResult chain = CertificateChainValidator.Validate(leaf, contract.Delivery.Chain.SubCertificates,
                    [pki.Find("MORootCA")!.Certificate], new ChainValidationOptions
                    {
                        Profile = pki.Profile, Role = CertificateRole.Contract, ValidationTime = now, RevocationPolicy = RevocationPolicy.Ignore,
                    });
                Assert.True(chain.IsValid, chain.ToString());

                var refused = Assert.Throws<ArgumentException>(() => issuer.Issue("DE8AAC000000011", now));
                Assert.Contains("wrong check digit", refused.Message, StringComparison.Ordinal);
                if (curve is null)
                {
                    Assert.Equal(56, contract.KeyAgreementPublicKey!.Length);
                    Assert.Equal(56, contract.Delivery.PrivateKey.Length);
                    Assert.False(contract.SigningKeyPkcs8.IsEmpty);
                    return;
                }

                // d·G must be the certificate's public point.
                X9ECParameters parameters = ECNamedCurveTable.GetByName(curve);
                var point = parameters.G.Multiply(new BigInteger(1, contract.Delivery.PrivateKey)).Normalize();
                var q = leaf.GetECDsaPublicKey()!.ExportParameters(false).Q;
                Assert.Equal(q.X, point.AffineXCoord.GetEncoded());
                Assert.Equal(q.Y, point.AffineYCoord.GetEncoded());
                Assert.Null(contract.KeyAgreementPublicKey);
            }
        }
    }

    [Fact]
    public void A_folder_without_the_MO_Sub_CA_2_key_cannot_issue_contracts()
    {
        TestPkiSet set = new TestPkiSetBuilder(SecurityProfile.Iso2, DateTimeOffset.UtcNow).Build();
        string directory = Directory.CreateTempSubdirectory("v2g-issuer-").FullName;
        try
        {
            Assert.True(TestPkiFolderWriter.TryWrite(set, directory, out string? error), error);
            File.Delete(Path.Combine(directory, "keys", "MOSubCA2.key.pem"));
            Assert.True(PkiDirectory.TryOpen(directory, out PkiDirectory? pki, out error), error);
            using (pki)
            {
                Assert.False(ContractIssuer.TryCreate(pki, out _, out error));
                Assert.StartsWith("the PKI folder cannot issue contracts: cannot load CA MOSubCA2", error, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
