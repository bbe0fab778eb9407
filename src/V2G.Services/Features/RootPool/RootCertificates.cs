using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Authority;
using V2G.Services.Client.Opcp;
using V2G.Services.Features.Provisioning;
using V2G.Services.Storage;

namespace V2G.Services.Features.RootPool;

/// <summary>Root pool records in OPCP's <c>RootCertV2</c> shape, and their ids.</summary>
internal static class RootCertificates
{
    /// <summary>
    /// The pool id of a root: a UUID made from the SHA-256 of its DER (version nibble 5, RFC 4122 variant), so every instance
    /// and every restart gives the same root the same id.
    /// </summary>
    public static string IdOf(byte[] der)
    {
        byte[] hash = SHA256.HashData(der);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    /// <summary>The OPCP form of a record.</summary>
    public static RootCertificate ToOpcp(RootCertificateRecord record)
    {
        using X509Certificate2 certificate = X509CertificateLoader.LoadCertificate(record.Certificate);
        return new RootCertificate
        {
            RootCertificateId = record.RootCertificateId,
            RootType = record.RootType,
            CaCertificate = Convert.ToBase64String(record.Certificate),
            DistinguishedName = certificate.Subject,
            CommonName = CertificateText.CommonName(certificate),
            OrganizationName = CertificateText.Organization(certificate),
            RootAuthorityKeyIdentifier = CertificateText.SubjectKeyId(certificate),
            RootIssuerSerialNumber = CertificateSerial.Of(certificate),
            ValidFrom = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            ValidTo = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Fingerprint = CertificateText.Fingerprint(record.Certificate),
            SignatureAlgorithm = CertificateText.SignatureAlgorithm(certificate),
        };
    }
}
