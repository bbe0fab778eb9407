using System;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

public sealed class OcspResponseVerifierTests
{
    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void ContractCert2_is_revoked_by_its_shared_response_with_date_and_reason(string set)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = OcspResponseVerifier.Verify(
            pki.Ocsp("ContractCert2_revoked"), pki.Cert("ContractCert2"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Null(result.Failure);
        Assert.Equal("OCSP response by MOSubCA2 for DEABCC87654321 (serial 100C)", result.Source);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero), result.RevocationTime);
        Assert.Equal(RevocationReason.KeyCompromise, result.RevocationReason);
    }

    [Theory]
    [MemberData(nameof(TestPki.GoodCases), MemberType = typeof(TestPki))]
    public void Shared_good_responses_verify_as_good(string set, string name, string issuerName)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = OcspResponseVerifier.Verify(pki.Ocsp(name + "_good"), pki.Cert(name), pki.Cert(issuerName), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Good, result.Status);
        Assert.True(result.IsVerified, result.Reason);
    }

    [Theory]
    [InlineData("iso2", 2036, 1, RevocationSourceFailure.Stale)]
    [InlineData("iso20", 2036, 1, RevocationSourceFailure.Stale)]
    [InlineData("iso20_ed448", 2036, 1, RevocationSourceFailure.Stale)]
    [InlineData("iso2", 2025, 1, RevocationSourceFailure.NotYetValid)]
    [InlineData("iso20_ed448", 2025, 1, RevocationSourceFailure.NotYetValid)]
    public void A_response_outside_thisUpdate_nextUpdate_is_refused(string set, int year, int month, RevocationSourceFailure expected)
    {
        var pki = new TestPki(set);
        var time = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        RevocationSourceResult result = OcspResponseVerifier.Verify(pki.Ocsp("ContractCert_good"), pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), time);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Equal(expected, result.Failure);
    }

    [Fact]
    public void Clock_skew_is_configurable()
    {
        var pki = new TestPki("iso2");
        var justAfter = new DateTimeOffset(2035, 6, 1, 0, 3, 0, TimeSpan.Zero);
        OcspResponseDocument response = pki.Ocsp("ContractCert_good");

        RevocationSourceResult lenient = OcspResponseVerifier.Verify(response, pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), justAfter);
        RevocationSourceResult strict = OcspResponseVerifier.Verify(response, pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), justAfter,
            new RevocationCheckOptions { ClockSkew = TimeSpan.Zero });

        Assert.Equal(RevocationStatus.Good, lenient.Status);
        Assert.Equal(RevocationSourceFailure.Stale, strict.Failure);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_response_checked_against_a_foreign_issuer_is_refused_for_its_CertID(string set)
    {
        var pki = new TestPki(set);
        RevocationSourceResult result = OcspResponseVerifier.Verify(pki.Ocsp("SECCCert_good"), pki.Cert("SECCCert"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Equal(RevocationSourceFailure.CertIdMismatch, result.Failure);
        // The issuer name hash is over SECCCert's own issuer field, so it matches; the key hash is over MOSubCA2's key.
        Assert.Contains("issuerKeyHash is not the Sha256 hash of the key of MOSubCA2", result.Reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_response_whose_CertID_is_for_another_serial_is_refused(string set)
    {
        var pki = new TestPki(set);
        X509Certificate2 contract = pki.Cert("ContractCert");
        OcspCertId other = OcspCertId.Compute(pki.Cert("ContractCert2"), pki.Cert("MOSubCA2"));
        OcspResponseDocument response = OcspResponseFactory.Parse(new OcspResponseFactory(pki).ByCa("MOSubCA2", other));

        RevocationSourceResult result = OcspResponseVerifier.Verify(response, contract, pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationSourceFailure.CertIdMismatch, result.Failure);
        Assert.Contains("no single response has serial 100B", result.Reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_response_with_the_right_CertID_signed_by_another_key_is_refused_for_its_signature(string set)
    {
        var pki = new TestPki(set);
        X509Certificate2 ca = pki.Cert("MOSubCA2");
        OcspCertId id = OcspCertId.Compute(pki.Cert("ContractCert"), ca);
        // responderID names MOSubCA2, but CPOSubCA2's key signs.
        byte[] der = new OcspResponseFactory(pki).Build(id, pki.PrivateKey("CPOSubCA2"), ca.PublicKey.EncodedKeyValue.RawData);

        RevocationSourceResult result = OcspResponseVerifier.Verify(OcspResponseFactory.Parse(der), pki.Cert("ContractCert"), ca, TestPki.ReferenceTime);

        Assert.Equal(RevocationSourceFailure.BadSignature, result.Failure);
        Assert.Contains("response signature", result.Reason);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void A_flipped_bit_in_the_shared_response_signature_is_refused(string set)
    {
        var pki = new TestPki(set);
        byte[] der = System.IO.File.ReadAllBytes(pki.OcspPath("ContractCert_good.resp.der"));
        // The issuer certificate is included after the signature: flip a bit of the signature BIT STRING itself.
        byte[] signature = new BasicOcspResp(Org.BouncyCastle.Asn1.Ocsp.BasicOcspResponse.GetInstance(
            new OcspResp(der).GetResponseObject() is BasicOcspResp b ? b.GetEncoded() : throw new InvalidOperationException())).GetSignature();
        int at = IndexOf(der, signature) + signature.Length - 1;
        der[at] ^= 0x01;

        RevocationSourceResult result = OcspResponseVerifier.Verify(OcspResponseFactory.Parse(der), pki.Cert("ContractCert"), pki.Cert("MOSubCA2"),
            TestPki.ReferenceTime);

        Assert.Equal(RevocationSourceFailure.BadSignature, result.Failure);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void The_nonce_must_equal_the_one_sent(string set)
    {
        var pki = new TestPki(set);
        X509Certificate2 contract = pki.Cert("ContractCert");
        X509Certificate2 ca = pki.Cert("MOSubCA2");
        byte[] sent = OcspRequestBuilder.NewNonce();
        OcspCertId id = OcspCertId.Compute(contract, ca);
        OcspResponseDocument echoed = OcspResponseFactory.Parse(new OcspResponseFactory(pki) { Nonce = sent }.ByCa("MOSubCA2", id));
        OcspResponseDocument other = OcspResponseFactory.Parse(new OcspResponseFactory(pki) { Nonce = OcspRequestBuilder.NewNonce() }.ByCa("MOSubCA2", id));

        RevocationSourceResult good = OcspResponseVerifier.Verify(echoed, contract, ca, TestPki.ReferenceTime, expectedNonce: sent);
        RevocationSourceResult mismatch = OcspResponseVerifier.Verify(other, contract, ca, TestPki.ReferenceTime, expectedNonce: sent);
        RevocationSourceResult missing = OcspResponseVerifier.Verify(pki.Ocsp("ContractCert_good"), contract, ca, TestPki.ReferenceTime, expectedNonce: sent);

        Assert.Equal(RevocationStatus.Good, good.Status);
        Assert.Equal(RevocationSourceFailure.NonceMismatch, mismatch.Failure);
        Assert.Contains("is not the nonce", mismatch.Reason);
        Assert.Equal(RevocationSourceFailure.NonceMismatch, missing.Failure);
        Assert.Contains("carries none", missing.Reason);
    }

    [Theory]
    [InlineData(OcspHashAlgorithm.Sha1)]
    [InlineData(OcspHashAlgorithm.Sha256)]
    public void CertIDs_hashed_with_sha1_or_sha256_are_matched_with_that_hash(OcspHashAlgorithm hash)
    {
        var pki = new TestPki("iso20");
        X509Certificate2 contract = pki.Cert("ContractCert");
        OcspCertId id = OcspCertId.Compute(contract, pki.Cert("MOSubCA2"), hash);
        OcspResponseDocument response = OcspResponseFactory.Parse(new OcspResponseFactory(pki).ByCa("MOSubCA2", id));

        Assert.Equal(RevocationStatus.Good, OcspResponseVerifier.Verify(response, contract, pki.Cert("MOSubCA2"), TestPki.ReferenceTime).Status);
        Assert.Equal(hash == OcspHashAlgorithm.Sha1 ? 20 : 32, id.IssuerKeyHash.Length);
    }

    [Fact]
    public void An_unknown_answer_and_an_unsuccessful_response_give_unknown()
    {
        var pki = new TestPki("iso2");
        X509Certificate2 contract = pki.Cert("ContractCert");
        OcspCertId id = OcspCertId.Compute(contract, pki.Cert("MOSubCA2"));
        OcspResponseDocument unknown = OcspResponseFactory.Parse(new OcspResponseFactory(pki).ByCa("MOSubCA2", id, new UnknownStatus()));
        OcspResponseDocument tryLater = OcspResponseFactory.Parse(new OCSPRespGenerator().Generate(OcspRespStatus.TryLater, null).GetEncoded());

        RevocationSourceResult answer = OcspResponseVerifier.Verify(unknown, contract, pki.Cert("MOSubCA2"), TestPki.ReferenceTime);
        RevocationSourceResult refused = OcspResponseVerifier.Verify(tryLater, contract, pki.Cert("MOSubCA2"), TestPki.ReferenceTime);

        Assert.Equal(RevocationStatus.Unknown, answer.Status);
        Assert.Null(answer.Failure);
        Assert.Equal(RevocationSourceFailure.ResponseStatus, refused.Failure);
        Assert.Contains("responseStatus 3", refused.Reason);
        Assert.False(OcspResponseDocument.TryParse(new byte[] { 1, 2, 3 }, out _, out string? error));
        Assert.StartsWith("not an OCSP response", error);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
