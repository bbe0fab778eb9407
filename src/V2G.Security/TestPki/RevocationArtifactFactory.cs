using System;
using System.Collections.Generic;
using System.Linq;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509;
using V2G.Security.Revocation;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace V2G.Security.TestPki;

/// <summary>Signs the CRLs and OCSP responses of a test PKI with BouncyCastle (the BCL has no OCSP responder).</summary>
internal sealed class RevocationArtifactFactory
{
    private readonly CertificateFactory _certificates;
    private readonly DateTime _thisUpdate;
    private readonly DateTime _nextUpdate;
    private readonly DateTime _revocationDate;

    public RevocationArtifactFactory(CertificateFactory certificates, DateTimeOffset now)
    {
        _certificates = certificates;
        DateTimeOffset whole = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        // Revoked after the leaf became valid (one day before now), listed an hour later; valid for ten years.
        _revocationDate = (whole - TimeSpan.FromHours(2)).UtcDateTime;
        _thisUpdate = (whole - TimeSpan.FromHours(1)).UtcDateTime;
        _nextUpdate = (whole + TestPkiLifetimes.SubCa2).UtcDateTime;
    }

    /// <summary>The CRL of <paramref name="issuer"/> listing <paramref name="revoked"/> (reason keyCompromise).</summary>
    public TestPkiCrl Crl(IssuedCertificate issuer, IReadOnlyList<IssuedCertificate> revoked)
    {
        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(Bc(issuer).SubjectDN);
        generator.SetThisUpdate(_thisUpdate);
        generator.SetNextUpdate(_nextUpdate);
        foreach (IssuedCertificate certificate in revoked)
        {
            generator.AddCrlEntry(Serial(certificate), _revocationDate, CrlReason.KeyCompromise);
        }

        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false,
            new AuthorityKeyIdentifier(_certificates.SubjectKeyId(issuer.Key.PublicKeyInfo)));
        generator.AddExtension(X509Extensions.CrlNumber, false, new CrlNumber(BigInteger.One));
        byte[] der = generator.Generate(issuer.Key.Signer()).GetEncoded();
        return new TestPkiCrl(issuer.Name, der, revoked.Select(r => r.Name).ToArray(), _thisUpdate, _nextUpdate);
    }

    /// <summary>The request for <paramref name="certificate"/> and the response of its issuer, with <paramref name="status"/>.</summary>
    public TestPkiOcspResponse Ocsp(IssuedCertificate certificate, IssuedCertificate issuer, RevocationStatus status)
    {
        BcCertificate issuerCertificate = Bc(issuer);
        var certId = new CertificateID(
            new AlgorithmIdentifier(Org.BouncyCastle.Asn1.Nist.NistObjectIdentifiers.IdSha256, DerNull.Instance),
            issuerCertificate, Serial(certificate));
        var generator = new BasicOcspRespGenerator(issuer.Key.Public);
        CertificateStatus? single = status switch
        {
            RevocationStatus.Good => CertificateStatus.Good,
            RevocationStatus.Revoked => new RevokedStatus(_revocationDate, CrlReason.KeyCompromise),
            _ => new UnknownStatus(),
        };
        generator.AddResponse(certId, single, _thisUpdate, _nextUpdate, null);
        BasicOcspResp basic = generator.Generate(issuer.Key.Signer(), [issuerCertificate], _thisUpdate);
        byte[] response = new OCSPRespGenerator().Generate(OcspRespStatus.Successful, basic).GetEncoded();
        byte[] request = OcspRequestBuilder.Build(certificate.Certificate, issuer.Certificate).Der;
        string name = $"{certificate.Name}_{status.ToString().ToLowerInvariant()}";
        return new TestPkiOcspResponse(name, certificate.Name, issuer.Name, status, request, response, _thisUpdate, _nextUpdate);
    }

    private static BcCertificate Bc(IssuedCertificate certificate) => new(certificate.RawData);

    private static BigInteger Serial(IssuedCertificate certificate) => new(1, certificate.Certificate.SerialNumberBytes.ToArray());
}
