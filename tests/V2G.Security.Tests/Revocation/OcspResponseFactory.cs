using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Revocation;

namespace V2G.Security.Tests.Revocation;

/// <summary>Builds OCSP responses with BouncyCastle's generator, so that negative cases can be made on purpose.</summary>
internal sealed class OcspResponseFactory(TestPki pki)
{
    public DateTime ThisUpdate { get; init; } = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public DateTime? NextUpdate { get; init; } = new(2035, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public byte[]? Nonce { get; init; }

    /// <summary>
    /// A response about <paramref name="certId"/>, signed by <paramref name="signerKey"/> with responderID byKey of
    /// <paramref name="responderPublicKey"/>, carrying <paramref name="certs"/>.
    /// </summary>
    public byte[] Build(
        OcspCertId certId, AsymmetricKeyParameter signerKey, byte[] responderPublicKey, CertificateStatus? status = null,
        params Org.BouncyCastle.X509.X509Certificate[] certs)
    {
        var generator = new BasicOcspRespGenerator(new RespID(new ResponderID(new DerOctetString(SHA1.HashData(responderPublicKey)))));
        generator.AddResponse(ToBouncy(certId), status ?? CertificateStatus.Good, ThisUpdate, NextUpdate, null);
        if (Nonce is not null)
        {
            var extensions = new X509ExtensionsGenerator();
            extensions.AddExtension(new DerObjectIdentifier(OcspResponseVerifier.NonceOid), false, new DerOctetString(Nonce));
            generator.SetResponseExtensions(extensions.Generate());
        }

        BasicOcspResp basic = generator.Generate(new Asn1SignatureFactory(pki.SignatureAlgorithm, signerKey), certs, ThisUpdate);
        return new OCSPRespGenerator().Generate(OcspRespStatus.Successful, basic).GetEncoded();
    }

    /// <summary>A response signed by the CA <paramref name="caName"/> itself about <paramref name="certId"/>.</summary>
    public byte[] ByCa(string caName, OcspCertId certId, CertificateStatus? status = null)
    {
        X509Certificate2 ca = pki.Cert(caName);
        return Build(certId, pki.PrivateKey(caName), ca.PublicKey.EncodedKeyValue.RawData, status);
    }

    public static OcspResponseDocument Parse(byte[] der)
    {
        if (!OcspResponseDocument.TryParse(der, out OcspResponseDocument? response, out string? error))
        {
            throw new InvalidOperationException(error);
        }

        return response;
    }

    private static CertificateID ToBouncy(OcspCertId id) => new(new CertID(
        new AlgorithmIdentifier(new DerObjectIdentifier(OcspCertId.Oid(id.HashAlgorithm)), DerNull.Instance),
        new DerOctetString(id.IssuerNameHash), new DerOctetString(id.IssuerKeyHash),
        new DerInteger(new Org.BouncyCastle.Math.BigInteger(id.SerialNumber, 16))));
}
