using System;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;
using V2G.Security.TestPki;
using Xunit;

namespace V2G.Security.Tests.TestPki;

/// <summary>The generated certificates follow the certificate profile of the shared test PKI (README §1), field by field.</summary>
public class GeneratedProfileTests
{
    private const string AiaOid = "1.3.6.1.5.5.7.1.1";
    private const string CrlDpOid = "2.5.29.31";

    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileCases), MemberType = typeof(GeneratedPkis))]
    public void Roots_CaWithoutPathLen_CertAndCrlSign_SkiWithoutAki(SecurityProfile profile)
    {
        GeneratedPki pki = GeneratedPkis.For(profile);

        Assert.All(new[] { pki.V2GRoot, pki.MoRoot, pki.OemRoot }, root =>
        {
            X509Certificate2 c = root.Certificate;
            X509BasicConstraintsExtension bc = Extension<X509BasicConstraintsExtension>(c);
            Assert.True(bc.Critical && bc.CertificateAuthority && !bc.HasPathLengthConstraint);
            X509KeyUsageExtension ku = Extension<X509KeyUsageExtension>(c);
            Assert.True(ku.Critical);
            Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, ku.KeyUsages);
            Assert.NotNull(c.Extensions.OfType<X509SubjectKeyIdentifierExtension>().SingleOrDefault());
            Assert.Empty(c.Extensions.OfType<X509AuthorityKeyIdentifierExtension>());
            Assert.Equal(c.SubjectName.RawData, c.IssuerName.RawData);
        });
        Assert.Equal(3, pki.Certificates.Count(c => c.Certificate.SubjectName.RawData.SequenceEqual(c.Certificate.IssuerName.RawData)));
        Assert.Equal(15, pki.Certificates.Count);
    }

    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileRoles), MemberType = typeof(GeneratedPkis))]
    public void NonRoots_AkiIsIssuerSki_AiaAndCrlDpOnTestInvalid(SecurityProfile profile, CertificateRole role)
    {
        IssuedChain chain = GeneratedPkis.For(profile).ChainFor(role);
        (IssuedCertificate Subject, IssuedCertificate Issuer)[] pairs =
            [(chain.Leaf, chain.SubCa2), (chain.SubCa2, chain.SubCa1), (chain.SubCa1, chain.Root)];

        Assert.All(pairs, pair =>
        {
            X509Certificate2 c = pair.Subject.Certificate;
            byte[] issuerSki = Convert.FromHexString(Extension<X509SubjectKeyIdentifierExtension>(pair.Issuer.Certificate).SubjectKeyIdentifier!);
            Assert.Equal(issuerSki, Extension<X509AuthorityKeyIdentifierExtension>(c).KeyIdentifier!.Value.ToArray());
            Assert.Contains($".test.invalid/{pair.Issuer.Name}", Extension<X509AuthorityInformationAccessExtension>(c).EnumerateOcspUris().Single());
            Assert.Contains($".test.invalid/{pair.Issuer.Name}.crl", new AsnEncodedData(c.Extensions[CrlDpOid]!).Format(false));
            Assert.False(c.Extensions[AiaOid]!.Critical || c.Extensions[CrlDpOid]!.Critical);
        });
    }

    [Theory]
    [InlineData(SecurityProfile.Iso2, 20)]
    [InlineData(SecurityProfile.Iso20Secp521, 8)]
    public void Ski_Method1ForIso2_Method2ForIso20(SecurityProfile profile, int length)
    {
        Assert.All(GeneratedPkis.For(profile).Certificates, issued =>
        {
            X509Certificate2 c = issued.Certificate;
            byte[] ski = Convert.FromHexString(Extension<X509SubjectKeyIdentifierExtension>(c).SubjectKeyIdentifier!);
            byte[] sha1 = SHA1.HashData(c.PublicKey.EncodedKeyValue.RawData);
            Assert.Equal(length, ski.Length);
            if (length == 20)
            {
                Assert.Equal(sha1, ski);
            }
            else
            {
                Assert.Equal(0x40, ski[0] & 0xF0);
                Assert.Equal(sha1[^8..][1..], ski[1..]);
            }
        });
    }

    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileRoles), MemberType = typeof(GeneratedPkis))]
    public void SubCas_PathLen1Then0_LeafCaFalse(SecurityProfile profile, CertificateRole role)
    {
        IssuedChain chain = GeneratedPkis.For(profile).ChainFor(role);

        Assert.Equal((true, true, 1), Constraints(chain.SubCa1));
        Assert.Equal((true, true, 0), Constraints(chain.SubCa2));
        Assert.Equal((false, false, 0), Constraints(chain.Leaf));
        Assert.True(Extension<X509BasicConstraintsExtension>(chain.Leaf.Certificate).Critical);
    }

    [Theory]
    [InlineData(CertificateRole.Secc, "DE*V2G*E1234567", "CPO", X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement)]
    [InlineData(CertificateRole.Cps, "CPS Leaf", "CPS", X509KeyUsageFlags.DigitalSignature)]
    [InlineData(CertificateRole.Contract, "DEV2GC12345678", "MO",
        X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.KeyAgreement)]
    [InlineData(CertificateRole.OemProvisioning, "WMIV2G1234567890AB", "OEM", X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement)]
    public void Leaves_NameDcAndKeyUsageOfTheirRole(CertificateRole role, string commonName, string dc, X509KeyUsageFlags usage)
    {
        X509Certificate2 leaf = GeneratedPkis.For(SecurityProfile.Iso2).ChainFor(role).Leaf.Certificate;

        // In DER order (the display order of X500DistinguishedName is the reverse).
        Assert.Equal(
            [("CN", commonName), ("O", TestPkiBuilder.DefaultOrganization), ("C", "DE"), ("DC", dc)],
            leaf.SubjectName.EnumerateRelativeDistinguishedNames(reversed: false).Select(r => (Short(r), r.GetSingleElementValue())));
        Assert.Equal(usage, Extension<X509KeyUsageExtension>(leaf).KeyUsages);
        Assert.True(Extension<X509KeyUsageExtension>(leaf).Critical);
    }

    [Theory]
    [MemberData(nameof(GeneratedPkis.ProfileCases), MemberType = typeof(GeneratedPkis))]
    public void MoSubCa2_MaySignSalesTariff(SecurityProfile profile)
    {
        X509KeyUsageExtension ku = Extension<X509KeyUsageExtension>(GeneratedPkis.For(profile).Contract.SubCa2.Certificate);

        Assert.Equal(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation,
            ku.KeyUsages);
    }

    [Theory]
    [InlineData(SecurityProfile.Iso2, 256, "1.2.840.10045.4.3.2")]
    [InlineData(SecurityProfile.Iso20Secp521, 521, "1.2.840.10045.4.3.4")]
    public void EveryCertificate_ProfileCurveAndSignature_ValidAroundNow_KeyAttached(SecurityProfile profile, int keySize, string signatureOid)
    {
        GeneratedPki pki = GeneratedPkis.For(profile);

        Assert.All(pki.Certificates, issued =>
        {
            X509Certificate2 c = issued.Certificate;
            Assert.Equal(3, c.Version);
            Assert.Equal(signatureOid, c.SignatureAlgorithm.Value);
            Assert.Equal(keySize, issued.PrivateKey.KeySize);
            Assert.True(c.HasPrivateKey);
            Assert.Equal(issued.PrivateKey.ExportSubjectPublicKeyInfo(), c.PublicKey.ExportSubjectPublicKeyInfo());
            Assert.InRange(pki.Now, new DateTimeOffset(c.NotBefore), new DateTimeOffset(c.NotAfter));
            Assert.True((c.SerialNumberBytes.Span[0] & 0x80) == 0, "serial must be positive"); // big-endian, as in the DER
        });
    }

    [Fact]
    public void EachBuild_MakesNewKeys()
    {
        using GeneratedPki other = new TestPkiBuilder(SecurityProfile.Iso2, GeneratedPkis.Now).Build();

        Assert.NotEqual(GeneratedPkis.For(SecurityProfile.Iso2).Contract.Leaf.Certificate.PublicKey.EncodedKeyValue.RawData,
            other.Contract.Leaf.Certificate.PublicKey.EncodedKeyValue.RawData);
    }

    private static T Extension<T>(X509Certificate2 c)
        where T : X509Extension => c.Extensions.OfType<T>().Single();

    private static (bool Ca, bool HasPathLen, int PathLen) Constraints(IssuedCertificate issued)
    {
        X509BasicConstraintsExtension bc = Extension<X509BasicConstraintsExtension>(issued.Certificate);
        return (bc.CertificateAuthority, bc.HasPathLengthConstraint, bc.PathLengthConstraint);
    }

    private static string Short(X500RelativeDistinguishedName rdn) => rdn.GetSingleElementType().Value switch
    {
        "2.5.4.3" => "CN",
        "2.5.4.10" => "O",
        "2.5.4.6" => "C",
        "0.9.2342.19200300.100.1.25" => "DC",
        var other => other!,
    };
}
