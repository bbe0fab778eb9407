using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

public sealed class OcspRequestBuilderTests
{
    public static TheoryData<string, string, string, string> SharedRequests()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string set in new[] { "iso2", "iso20", "iso20_ed448" })
        {
            data.Add(set, "ContractCert_good", "ContractCert", "MOSubCA2");
            data.Add(set, "ContractCert2_revoked", "ContractCert2", "MOSubCA2");
            data.Add(set, "SECCCert_good", "SECCCert", "CPOSubCA2");
            data.Add(set, "CPOSubCA2_good", "CPOSubCA2", "CPOSubCA1");
            data.Add(set, "MOSubCA2_good", "MOSubCA2", "MOSubCA1");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedRequests))]
    public void Our_request_has_the_CertID_of_the_shared_request(string set, string caseName, string name, string issuerName)
    {
        var pki = new TestPki(set);
        OcspRequest ours = OcspRequestBuilder.Build(pki.Cert(name), pki.Cert(issuerName));
        CertificateID shared = SingleCertId(File.ReadAllBytes(pki.OcspPath(caseName + ".req.der")));
        CertificateID parsed = SingleCertId(ours.Der);

        Assert.Equal(shared.HashAlgOid, parsed.HashAlgOid);
        Assert.Equal(shared.GetIssuerNameHash(), parsed.GetIssuerNameHash());
        Assert.Equal(shared.GetIssuerKeyHash(), parsed.GetIssuerKeyHash());
        Assert.Equal(shared.SerialNumber, parsed.SerialNumber);

        Assert.Equal(Convert.ToHexString(shared.GetIssuerKeyHash()), Convert.ToHexString(ours.CertId.IssuerKeyHash));
        // Without a nonce our DER is the shared request byte for byte (same CertID encoding, no extensions).
        Assert.Equal(File.ReadAllBytes(pki.OcspPath(caseName + ".req.der")), ours.Der);
    }

    [Fact]
    public void A_sha1_request_with_a_nonce_carries_both()
    {
        var pki = new TestPki("iso2");
        byte[] nonce = OcspRequestBuilder.NewNonce();
        OcspRequest request = OcspRequestBuilder.Build(pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), OcspHashAlgorithm.Sha1, nonce);

        var parsed = new OcspReq(request.Der);
        Assert.Equal("1.3.14.3.2.26", parsed.GetRequestList()[0].GetCertID().HashAlgOid);
        Assert.Equal(20, parsed.GetRequestList()[0].GetCertID().GetIssuerNameHash().Length);
        Asn1OctetString? value = parsed.GetExtensionValue(new DerObjectIdentifier(OcspResponseVerifier.NonceOid));
        Assert.NotNull(value);
        Assert.Equal(nonce, Asn1OctetString.GetInstance(value.GetOctets()).GetOctets());
        Assert.Equal(nonce, request.Nonce);
    }

    [Theory]
    [MemberData(nameof(TestPki.Sets), MemberType = typeof(TestPki))]
    public void The_responder_url_comes_from_authorityInfoAccess(string set)
    {
        var pki = new TestPki(set);
        X509Certificate2 contract = pki.Cert("ContractCert");

        Assert.True(OcspRequestBuilder.TryGetResponderUrl(contract, out Uri? url));
        Assert.EndsWith(".test.invalid", url.Host);
        Assert.Equal(url, OcspRequestBuilder.Build(contract, pki.Cert("MOSubCA2")).ResponderUrl);
        Assert.False(OcspRequestBuilder.TryGetResponderUrl(pki.Cert("V2GRootCA"), out _));
    }

    private static CertificateID SingleCertId(byte[] der)
    {
        Req[] requests = new OcspReq(der).GetRequestList();
        Assert.Single(requests);
        return requests[0].GetCertID();
    }
}
