using System;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.X509;
using X509Certificate = Org.BouncyCastle.X509.X509Certificate;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

/// <summary>Responses signed by a responder certificate generated here and issued (or not) by the shared MOSubCA2 key.</summary>
public sealed class DelegatedResponderTests
{
    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_responder_the_ca_issued_with_OCSPSigning_is_accepted(string set)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = Verify(pki, Responder(pki, "MOSubCA2", withOcspSigning: true));

        Assert.Equal(RevocationStatus.Good, result.Status);
        Assert.Contains("by Test OCSP Responder", result.Source);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_responder_without_OCSPSigning_is_refused(string set)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = Verify(pki, Responder(pki, "MOSubCA2", withOcspSigning: false));

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Equal(RevocationSourceFailure.ResponderNotAuthorized, result.Failure);
        Assert.Contains("lacks the id-kp-OCSPSigning", result.Reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_responder_certificate_naming_the_ca_but_signed_by_another_key_is_refused(string set)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = Verify(pki, Responder(pki, "CPOSubCA2", withOcspSigning: true));

        Assert.Equal(RevocationSourceFailure.BadSignature, result.Failure);
        Assert.Contains("responder certificate Test OCSP Responder", result.Reason);
    }

    [Fact]
    public void An_expired_responder_certificate_is_refused()
    {
        var pki = new TestPki("iso2");
        RevocationSourceResult result = Verify(pki, Responder(pki, "MOSubCA2", withOcspSigning: true, notAfter: new DateTime(2025, 12, 1)));

        Assert.Equal(RevocationSourceFailure.ResponderNotAuthorized, result.Failure);
        Assert.Contains("is not valid at 2026-01-01", result.Reason);
    }

    [Fact]
    public void A_responder_whose_certificate_is_not_included_is_refused_for_its_responderID()
    {
        var pki = new TestPki("iso2");
        (AsymmetricCipherKeyPair keys, X509Certificate certificate) = Responder(pki, "MOSubCA2", withOcspSigning: true);
        X509Certificate2 contract = pki.Cert("ContractCert");
        X509Certificate2 ca = pki.Cert("MOSubCA2");
        byte[] der = new OcspResponseFactory(pki).Build(OcspCertId.Compute(contract, ca), keys.Private, KeyBits(certificate));

        RevocationSourceResult result = OcspResponseVerifier.Verify(OcspResponseFactory.Parse(der), contract, ca, TestPki.ReferenceTime);

        Assert.Equal(RevocationSourceFailure.ResponderIdMismatch, result.Failure);
        Assert.Contains("names neither the CA MOSubCA2", result.Reason);
    }

    private static RevocationSourceResult Verify(TestPki pki, (AsymmetricCipherKeyPair Keys, X509Certificate Certificate) responder)
    {
        X509Certificate2 contract = pki.Cert("ContractCert");
        X509Certificate2 ca = pki.Cert("MOSubCA2");
        byte[] der = new OcspResponseFactory(pki).Build(OcspCertId.Compute(contract, ca), responder.Keys.Private,
            KeyBits(responder.Certificate), null, responder.Certificate);
        return OcspResponseVerifier.Verify(OcspResponseFactory.Parse(der), contract, ca, TestPki.ReferenceTime);
    }

    private static byte[] KeyBits(X509Certificate certificate) =>
        certificate.CertificateStructure.SubjectPublicKeyInfo.PublicKey.GetOctets();

    /// <summary>A responder certificate with issuer DN MOSubCA2, signed with the shared key of <paramref name="signingCa"/>.</summary>
    private static (AsymmetricCipherKeyPair, X509Certificate) Responder(TestPki pki, string signingCa, bool withOcspSigning, DateTime? notAfter = null)
    {
        AsymmetricCipherKeyPair keys = pki.NewKeyPair();
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(Org.BouncyCastle.Math.BigInteger.ValueOf(0x7001));
        generator.SetIssuerDN(TestPki.ToBouncy(pki.Cert("MOSubCA2")).SubjectDN);
        generator.SetSubjectDN(new X509Name("CN=Test OCSP Responder,O=ISO15118 Test PKI,C=DE"));
        generator.SetNotBefore(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        generator.SetNotAfter(notAfter ?? new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        generator.SetPublicKey(keys.Public);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature));
        KeyPurposeID purpose = withOcspSigning ? KeyPurposeID.id_kp_OCSPSigning : KeyPurposeID.id_kp_clientAuth;
        generator.AddExtension(X509Extensions.ExtendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        return (keys, generator.Generate(new Asn1SignatureFactory(pki.SignatureAlgorithm, pki.PrivateKey(signingCa))));
    }
}
