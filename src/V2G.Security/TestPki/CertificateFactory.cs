using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace V2G.Security.TestPki;

/// <summary>
/// Writes the certificates of a full test PKI with BouncyCastle's <see cref="X509V3CertificateGenerator"/> for every profile
/// (the BCL cannot sign with Ed448): basicConstraints and keyUsage critical, SKI, and on every non-root AKI, AIA OCSP
/// and CRL DP, as <see cref="CertificateIssuer"/> writes them with the BCL.
/// </summary>
internal sealed class CertificateFactory
{
    private readonly SecurityProfile _profile;
    private readonly string _organization;
    private readonly string _country;

    public CertificateFactory(SecurityProfile profile, string organization, string country)
    {
        _profile = profile;
        _organization = organization;
        _country = country;
    }

    /// <summary>The label of the <c>*.test.invalid</c> host names.</summary>
    public string UriLabel => _profile switch
    {
        SecurityProfile.Iso2 => "iso2",
        SecurityProfile.Iso20Secp521 => "iso20",
        _ => "iso20-ed448",
    };

    /// <summary>Issues the certificate the template describes.</summary>
    public IssuedCertificate Issue(CertificateTemplate template) => Wrap(template.Name, IssueDer(template), template.Key);

    /// <summary>Issues the certificate for <see cref="CertificateTemplate.SubjectPublicKey"/> (no private key attached).</summary>
    public X509Certificate2 IssueForPublicKey(CertificateTemplate template) => X509CertificateLoader.LoadCertificate(IssueDer(template));

    private byte[] IssueDer(CertificateTemplate template)
    {
        X509Name subject = template.Subject ?? Name(template.CommonName, template.DomainComponent);
        IssuedCertificate? signer = template.SignedBy ?? template.Issuer;
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(1, SerialNumber()));
        generator.SetSubjectDN(subject);
        generator.SetIssuerDN(template.Issuer is null ? subject : BcName(template.Issuer.Certificate.SubjectName));
        generator.SetNotBefore(WholeSeconds(template.NotBefore));
        generator.SetNotAfter(WholeSeconds(template.NotAfter));
        generator.SetPublicKey(template.SubjectPublicKey ?? template.Key.Public);

        if (template.IsCa is bool ca)
        {
            BasicConstraints constraints = ca && template.PathLength is int pathLength ? new(pathLength) : new(ca);
            generator.AddExtension(X509Extensions.BasicConstraints, true, constraints);
        }

        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage((int)template.KeyUsage));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false,
            new SubjectKeyIdentifier(SubjectKeyId(template.SubjectPublicKey is { } requested
                ? SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(requested) : template.Key.PublicKeyInfo)));
        if (template.Issuer is not null)
        {
            byte[] authorityKeyId = SubjectKeyId(signer!.Key.PublicKeyInfo);
            generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(authorityKeyId));
            var ocsp = new GeneralName(GeneralName.UniformResourceIdentifier, $"http://ocsp.{UriLabel}.test.invalid/{template.Issuer.Name}");
            generator.AddExtension(X509Extensions.AuthorityInfoAccess, false,
                new AuthorityInformationAccess(new AccessDescription(AccessDescription.IdADOcsp, ocsp)));
            var crl = new GeneralName(GeneralName.UniformResourceIdentifier, $"http://crl.{UriLabel}.test.invalid/{template.Issuer.Name}.crl");
            var point = new DistributionPoint(new DistributionPointName(new GeneralNames(crl)), null, null);
            generator.AddExtension(X509Extensions.CrlDistributionPoints, false, new CrlDistPoint([point]));
        }

        BcCertificate certificate = generator.Generate((signer?.Key ?? template.Key).Signer());
        byte[] der = certificate.GetEncoded();
        if (template.CorruptSignature)
        {
            // The last bytes of the DER are the signatureValue: one flipped bit keeps the structure intact.
            der[^5] ^= 0x01;
        }

        return der;
    }

    /// <summary>
    /// The SKI of the profile: RFC 5280 4.2.1.2 method 1 (SHA-1 of subjectPublicKey, 20 bytes) for ISO 15118-2, method 2
    /// (0100 and the low 60 bits of that SHA-1, 8 bytes) for ISO 15118-20.
    /// </summary>
    public byte[] SubjectKeyId(SubjectPublicKeyInfo publicKey)
    {
        byte[] sha1 = SHA1.HashData(publicKey.PublicKey.GetOctets());
        if (_profile == SecurityProfile.Iso2)
        {
            return sha1;
        }

        byte[] shortId = sha1[^8..];
        shortId[0] = (byte)(0x40 | (shortId[0] & 0x0F));
        return shortId;
    }

    /// <summary>The certificate with its key: the BCL key attached for ECDSA, the Ed448 key kept beside it.</summary>
    public static IssuedCertificate Wrap(string name, byte[] der, PkiKeyPair key)
    {
        X509Certificate2 loaded = X509CertificateLoader.LoadCertificate(der);
        if (key.Ecdsa is null)
        {
            return new IssuedCertificate(name, loaded, key);
        }

        using (loaded)
        {
            return new IssuedCertificate(name, loaded.CopyWithPrivateKey(key.Ecdsa), key);
        }
    }

    /// <summary>DN = CN, O, C, DC in this DER order, as the shared test PKI writes it.</summary>
    public X509Name Name(string commonName, string domainComponent)
    {
        // The builder encodes the RDNs in the reverse order of the Add calls.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddDomainComponent(domainComponent);
        builder.AddCountryOrRegion(_country);
        builder.AddOrganizationName(_organization);
        builder.AddCommonName(commonName);
        return BcName(builder.Build());
    }

    private static X509Name BcName(X500DistinguishedName name) => X509Name.GetInstance(Asn1Object.FromByteArray(name.RawData));

    private static DateTime WholeSeconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds()).UtcDateTime;

    /// <summary>8 random bytes, positive and minimally encoded (first byte 0x40..0x7F).</summary>
    private static byte[] SerialNumber()
    {
        byte[] serial = RandomNumberGenerator.GetBytes(8);
        serial[0] = (byte)((serial[0] & 0x3F) | 0x40);
        return serial;
    }
}
