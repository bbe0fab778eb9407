using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

public sealed class CrlCheckerTests
{
    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void ContractCert2_is_revoked_by_the_MOSubCA2_crl_with_date_and_reason(string set)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = CrlChecker.Check(pki.Crl("MOSubCA2"), pki.Cert("ContractCert2"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Null(result.Failure);
        Assert.Equal(RevocationSourceKind.Crl, result.Kind);
        Assert.Equal("CRL of MOSubCA2 (CRLNumber 1)", result.Source);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero), result.RevocationTime);
        Assert.Equal(RevocationReason.KeyCompromise, result.RevocationReason);
    }

    [Theory]
    [MemberData(nameof(TestPki.GoodCases), MemberType = typeof(TestPki))]
    public void Certificates_not_listed_in_their_issuers_crl_are_good(string set, string name, string issuerName)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = CrlChecker.Check(pki.Crl(issuerName), pki.Cert(name), pki.Cert(issuerName), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Good, result.Status);
        Assert.True(result.IsVerified, result.Reason);
    }

    [Theory]
    [InlineData("iso2", 2036, RevocationSourceFailure.Stale)]
    [InlineData("iso20", 2036, RevocationSourceFailure.Stale)]
    [InlineData("iso20_ed448", 2036, RevocationSourceFailure.Stale)]
    [InlineData("iso2", 2025, RevocationSourceFailure.NotYetValid)]
    [InlineData("iso20_ed448", 2025, RevocationSourceFailure.NotYetValid)]
    public void A_crl_outside_thisUpdate_nextUpdate_is_refused(string set, int year, RevocationSourceFailure expected)
    {
        var pki = new TestPki(set);
        var time = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        RevocationSourceResult result = CrlChecker.Check(pki.Crl("MOSubCA2"), pki.Cert("ContractCert2"), pki.Cert("MOSubCA2"), time);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Equal(expected, result.Failure);
        Assert.Contains(expected == RevocationSourceFailure.Stale ? "nextUpdate 2035-06-01" : "thisUpdate 2025-06-01", result.Reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_crl_with_a_flipped_signature_bit_is_refused(string set)
    {
        var pki = new TestPki(set);
        Assert.True(CrlDocument.TryParse(FlipLastBit(File.ReadAllBytes(pki.CrlPath("MOSubCA2"))), out CrlDocument? crl, out string? error), error);

        RevocationSourceResult result = CrlChecker.Check(crl, pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Equal(RevocationSourceFailure.BadSignature, result.Failure);
        Assert.False(CrlChecker.VerifySignature(crl, pki.Cert("MOSubCA2"), out _));
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_crl_of_another_ca_is_refused_for_issuer_name(string set)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = CrlChecker.Check(pki.Crl("CPOSubCA2"), pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationSourceFailure.IssuerMismatch, result.Failure);
        Assert.Contains("CN=CPOSubCA2", result.Reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_crl_checked_with_the_wrong_issuer_key_is_refused(string set)
    {
        var pki = new TestPki(set);
        // MOSubCA1_issuedByV2GRoot has the same subject and key as MOSubCA1: the CRL verifies. CPOSubCA2 does not sign MO CRLs.
        Assert.True(CrlChecker.VerifySignature(pki.Crl("MOSubCA1"), pki.Cert("MOSubCA1_issuedByV2GRoot"), out string? reason), reason);
        Assert.False(CrlChecker.VerifySignature(pki.Crl("MOSubCA2"), pki.Cert("CPOSubCA2"), out reason));
        Assert.Contains("CPOSubCA2", reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_crl_with_an_unknown_critical_extension_is_refused(string set)
    {
        var pki = new TestPki(set);
        CrlDocument crl = BuildCrl(pki, g => g.AddExtension("1.2.3.4.5", true, new DerOctetString(new byte[] { 1 })));

        RevocationSourceResult result = CrlChecker.Check(crl, pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationSourceFailure.UnknownCriticalExtension, result.Failure);
        Assert.Contains("1.2.3.4.5", result.Reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_generated_crl_listing_ContractCert_revokes_it_and_a_mismatched_aki_is_refused(string set)
    {
        var pki = new TestPki(set);
        X509Certificate2 contract = pki.Cert("ContractCert");
        var serial = new Org.BouncyCastle.Math.BigInteger(contract.SerialNumberBytes.ToArray());
        CrlDocument listing = BuildCrl(pki, g => g.AddCrlEntry(serial, new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc), CrlReason.Superseded));
        CrlDocument wrongAki = BuildCrl(pki, g => g.AddExtension(X509Extensions.AuthorityKeyIdentifier, false,
            new AuthorityKeyIdentifier(new byte[] { 1, 2, 3, 4 })));

        RevocationSourceResult revoked = CrlChecker.Check(listing, contract, pki.Cert("MOSubCA2"), TestPki.ReferenceTime);
        RevocationSourceResult mismatch = CrlChecker.Check(wrongAki, contract, pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Revoked, revoked.Status);
        Assert.Equal(RevocationReason.Superseded, revoked.RevocationReason);
        Assert.Equal(RevocationSourceFailure.IssuerMismatch, mismatch.Failure);
        Assert.Contains("authorityKeyIdentifier 01020304", mismatch.Reason);
    }

    [Fact]
    public void Pem_crls_parse_like_der_and_garbage_gives_a_typed_error()
    {
        var pki = new TestPki("iso2");
        Assert.True(CrlDocument.TryParse(File.ReadAllBytes(Path.ChangeExtension(pki.CrlPath("MOSubCA2"), ".pem")), out CrlDocument? pem, out _));
        Assert.Equal(pki.Crl("MOSubCA2").Der, pem.Der);

        Assert.False(CrlDocument.TryParse(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }, out _, out string? error));
        Assert.StartsWith("not a CRL", error);
        Assert.False(CrlDocument.TryLoad(Path.Combine(pki.Root, "nope.crl"), out _, out error));
        Assert.Contains("cannot be read", error);
    }

    internal static byte[] FlipLastBit(byte[] der)
    {
        byte[] copy = (byte[])der.Clone();
        copy[^1] ^= 0x01;
        return copy;
    }

    /// <summary>A CRL of MOSubCA2 signed with its shared key, shaped by <paramref name="shape"/>.</summary>
    private static CrlDocument BuildCrl(TestPki pki, Action<X509V2CrlGenerator> shape)
    {
        X509Certificate2 ca = pki.Cert("MOSubCA2");
        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(TestPki.ToBouncy(ca).SubjectDN);
        generator.SetThisUpdate(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        generator.SetNextUpdate(new DateTime(2035, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        generator.AddExtension(X509Extensions.CrlNumber, false, new CrlNumber(Org.BouncyCastle.Math.BigInteger.Two));
        shape(generator);
        X509Crl crl = generator.Generate(new Asn1SignatureFactory(pki.SignatureAlgorithm, pki.PrivateKey("MOSubCA2")));
        Assert.True(CrlDocument.TryParse(crl.GetEncoded(), out CrlDocument? document, out string? error), error);
        return document;
    }
}
