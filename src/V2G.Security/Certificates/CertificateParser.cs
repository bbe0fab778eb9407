using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Formats.Asn1;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Certificates;

/// <summary>
/// Reads a certificate's DER with System.Formats.Asn1: the exact TBS bytes and signature (for verification with any
/// algorithm, including Ed448 that the BCL cannot verify), and the extensions the profile checks.
/// </summary>
internal static class CertificateParser
{
    private static readonly Asn1Tag VersionTag = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag IssuerUniqueIdTag = new(TagClass.ContextSpecific, 1);
    private static readonly Asn1Tag SubjectUniqueIdTag = new(TagClass.ContextSpecific, 2);
    private static readonly Asn1Tag ExtensionsTag = new(TagClass.ContextSpecific, 3, isConstructed: true);

    /// <summary>Parses <paramref name="certificate"/>; on failure <paramref name="error"/> says what could not be read.</summary>
    public static bool TryParse(
        X509Certificate2 certificate, [NotNullWhen(true)] out ParsedCertificate? parsed, [NotNullWhen(false)] out string? error)
    {
        try
        {
            parsed = Parse(certificate);
            error = null;
            return true;
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or FormatException or ArgumentException)
        {
            parsed = null;
            error = $"the certificate DER cannot be parsed: {e.Message}";
            return false;
        }
    }

    private static ParsedCertificate Parse(X509Certificate2 certificate)
    {
        ReadOnlyMemory<byte> der = certificate.RawDataMemory;
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        AsnReader certificateSequence = outer.ReadSequence();
        outer.ThrowIfNotEmpty();

        ReadOnlyMemory<byte> tbsBytes = certificateSequence.ReadEncodedValue();
        string signatureAlgorithm = ReadAlgorithmOid(certificateSequence);
        byte[] signature = certificateSequence.ReadBitString(out int unusedBits);
        if (unusedBits != 0)
        {
            throw new AsnContentException("the signatureValue BIT STRING has unused bits");
        }

        certificateSequence.ThrowIfNotEmpty();

        AsnReader tbs = new AsnReader(tbsBytes, AsnEncodingRules.DER).ReadSequence();
        int version = 1;
        if (tbs.PeekTag().HasSameClassAndValue(VersionTag))
        {
            AsnReader versionReader = tbs.ReadSequence(VersionTag);
            if (!versionReader.TryReadInt32(out int encoded))
            {
                throw new AsnContentException("the version is out of range");
            }

            version = encoded + 1;
        }

        byte[] serial = tbs.ReadIntegerBytes().ToArray();
        string tbsSignatureAlgorithm = ReadAlgorithmOid(tbs);
        byte[] issuer = tbs.ReadEncodedValue().ToArray();
        AsnReader validity = tbs.ReadSequence();
        DateTimeOffset notBefore = ReadTime(validity);
        DateTimeOffset notAfter = ReadTime(validity);
        validity.ThrowIfNotEmpty();
        byte[] subject = tbs.ReadEncodedValue().ToArray();
        byte[] spki = tbs.ReadEncodedValue().ToArray();
        (string keyAlgorithm, string? curve, byte[] publicKey) = ReadSubjectPublicKeyInfo(spki);

        SkipOptional(tbs, IssuerUniqueIdTag);
        SkipOptional(tbs, SubjectUniqueIdTag);
        var extensions = new List<CertificateExtension>();
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(ExtensionsTag))
        {
            AsnReader list = tbs.ReadSequence(ExtensionsTag).ReadSequence();
            while (list.HasData)
            {
                extensions.Add(ReadExtension(list));
            }
        }

        tbs.ThrowIfNotEmpty();
        var subjectName = new X500DistinguishedName(subject);
        return new ParsedCertificate
        {
            Certificate = certificate,
            TbsBytes = tbsBytes,
            SignatureAlgorithmOid = signatureAlgorithm,
            TbsSignatureAlgorithmOid = tbsSignatureAlgorithm,
            SignatureValue = signature,
            Version = version,
            SerialNumber = serial,
            IssuerName = issuer,
            SubjectName = subject,
            NotBefore = notBefore,
            NotAfter = notAfter,
            SubjectPublicKeyInfo = spki,
            KeyAlgorithmOid = keyAlgorithm,
            CurveOid = curve,
            PublicKey = publicKey,
            Extensions = extensions,
            BasicConstraints = ReadBasicConstraints(extensions),
            KeyUsage = ReadKeyUsage(extensions),
            SubjectKeyIdentifier = ReadSubjectKeyIdentifier(extensions),
            AuthorityKeyIdentifier = ReadAuthorityKeyIdentifier(extensions),
            CommonName = NameAttributes(subjectName, CertificateOids.CommonName).FirstOrDefault(),
            DomainComponents = NameAttributes(subjectName, CertificateOids.DomainComponent),
            OcspUrls = ReadOcspUrls(extensions),
            CrlDistributionPoints = ReadCrlDistributionPoints(extensions),
        };
    }

    private static string ReadAlgorithmOid(AsnReader reader)
    {
        AsnReader algorithm = reader.ReadSequence();
        string oid = algorithm.ReadObjectIdentifier();
        if (algorithm.HasData)
        {
            algorithm.ReadEncodedValue(); // parameters (NULL or a curve); the OID alone decides the algorithm
        }

        algorithm.ThrowIfNotEmpty();
        return oid;
    }

    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();

    private static (string Algorithm, string? Curve, byte[] Key) ReadSubjectPublicKeyInfo(byte[] spki)
    {
        AsnReader info = new AsnReader(spki, AsnEncodingRules.DER).ReadSequence();
        AsnReader algorithm = info.ReadSequence();
        string oid = algorithm.ReadObjectIdentifier();
        string? curve = null;
        if (algorithm.HasData)
        {
            if (algorithm.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
            {
                curve = algorithm.ReadObjectIdentifier();
            }
            else
            {
                algorithm.ReadEncodedValue();
            }
        }

        byte[] key = info.ReadBitString(out _);
        info.ThrowIfNotEmpty();
        return (oid, curve, key);
    }

    private static void SkipOptional(AsnReader reader, Asn1Tag tag)
    {
        if (reader.HasData && reader.PeekTag().HasSameClassAndValue(tag))
        {
            reader.ReadEncodedValue();
        }
    }

    private static CertificateExtension ReadExtension(AsnReader list)
    {
        AsnReader extension = list.ReadSequence();
        string oid = extension.ReadObjectIdentifier();
        bool critical = false;
        if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
        {
            critical = extension.ReadBoolean();
        }

        byte[] value = extension.ReadOctetString();
        extension.ThrowIfNotEmpty();
        return new CertificateExtension(oid, critical, value);
    }

    private static CertificateExtension? Find(IReadOnlyList<CertificateExtension> extensions, string oid)
    {
        CertificateExtension? found = null;
        foreach (CertificateExtension extension in extensions)
        {
            if (extension.Oid == oid)
            {
                if (found != null)
                {
                    throw new AsnContentException($"extension {oid} appears twice (RFC 5280 4.2)");
                }

                found = extension;
            }
        }

        return found;
    }

    private static BasicConstraints? ReadBasicConstraints(IReadOnlyList<CertificateExtension> extensions)
    {
        if (Find(extensions, CertificateOids.BasicConstraints) is not { } extension)
        {
            return null;
        }

        AsnReader sequence = new AsnReader(extension.Value, AsnEncodingRules.DER).ReadSequence();
        bool isCa = false;
        int? pathLength = null;
        if (sequence.HasData && sequence.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
        {
            isCa = sequence.ReadBoolean();
        }

        if (sequence.HasData)
        {
            if (!sequence.TryReadInt32(out int value) || value < 0)
            {
                throw new AsnContentException("pathLenConstraint is negative or too large");
            }

            pathLength = value;
        }

        sequence.ThrowIfNotEmpty();
        return new BasicConstraints(isCa, pathLength);
    }

    private static X509KeyUsageFlags? ReadKeyUsage(IReadOnlyList<CertificateExtension> extensions) =>
        Find(extensions, CertificateOids.KeyUsage) is { } extension
            ? new X509KeyUsageExtension(new AsnEncodedData(CertificateOids.KeyUsage, extension.Value), extension.Critical).KeyUsages
            : null;

    private static byte[]? ReadSubjectKeyIdentifier(IReadOnlyList<CertificateExtension> extensions) =>
        Find(extensions, CertificateOids.SubjectKeyIdentifier) is { } extension
            ? new AsnReader(extension.Value, AsnEncodingRules.DER).ReadOctetString()
            : null;

    private static byte[]? ReadAuthorityKeyIdentifier(IReadOnlyList<CertificateExtension> extensions) =>
        Find(extensions, CertificateOids.AuthorityKeyIdentifier) is { } extension
            ? new X509AuthorityKeyIdentifierExtension(extension.Value, extension.Critical).KeyIdentifier?.ToArray()
            : null;

    private static IReadOnlyList<string> ReadOcspUrls(IReadOnlyList<CertificateExtension> extensions) =>
        Find(extensions, CertificateOids.AuthorityInformationAccess) is { } extension
            ? new X509AuthorityInformationAccessExtension(extension.Value, extension.Critical).EnumerateOcspUris().ToArray()
            : Array.Empty<string>();

    private static IReadOnlyList<string> ReadCrlDistributionPoints(IReadOnlyList<CertificateExtension> extensions)
    {
        if (Find(extensions, CertificateOids.CrlDistributionPoints) is not { } extension)
        {
            return Array.Empty<string>();
        }

        // CRLDistributionPoints ::= SEQUENCE OF DistributionPoint; only fullName URIs ([0] [0] ... [6]) are collected.
        var urls = new List<string>();
        AsnReader points = new AsnReader(extension.Value, AsnEncodingRules.DER).ReadSequence();
        while (points.HasData)
        {
            AsnReader point = points.ReadSequence();
            var distributionPointTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
            if (!point.HasData || !point.PeekTag().HasSameClassAndValue(distributionPointTag))
            {
                continue;
            }

            AsnReader name = point.ReadSequence(distributionPointTag);
            var fullNameTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
            if (!name.HasData || !name.PeekTag().HasSameClassAndValue(fullNameTag))
            {
                continue;
            }

            AsnReader generalNames = name.ReadSequence(fullNameTag);
            var uriTag = new Asn1Tag(TagClass.ContextSpecific, 6);
            while (generalNames.HasData)
            {
                if (generalNames.PeekTag().HasSameClassAndValue(uriTag))
                {
                    urls.Add(generalNames.ReadCharacterString(UniversalTagNumber.IA5String, uriTag));
                }
                else
                {
                    generalNames.ReadEncodedValue();
                }
            }
        }

        return urls;
    }

    private static IReadOnlyList<string> NameAttributes(X500DistinguishedName name, string oid)
    {
        var values = new List<string>();
        foreach (X500RelativeDistinguishedName rdn in name.EnumerateRelativeDistinguishedNames())
        {
            if (!rdn.HasMultipleElements && rdn.GetSingleElementType().Value == oid && rdn.GetSingleElementValue() is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }
}
