using System;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Revocation;

/// <summary>The few certificate fields revocation checking needs, read with the BCL.</summary>
internal static class CertificateFacts
{
    private const string AuthorityKeyIdentifierOid = "2.5.29.35";

    /// <summary>The CN of the subject (or the whole subject when there is no CN), for messages.</summary>
    public static string DisplayName(X509Certificate2 certificate) => DisplayName(certificate.SubjectName);

    /// <summary>The CN of a name (or the whole name when there is no CN), for messages.</summary>
    public static string DisplayName(X500DistinguishedName name)
    {
        foreach (X500RelativeDistinguishedName rdn in name.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.GetSingleElementType().Value == "2.5.4.3" && rdn.GetSingleElementValue() is { } cn)
            {
                return cn;
            }
        }

        return name.Name;
    }

    /// <summary>The serial number as upper-case hex without leading zero bytes (as openssl prints it).</summary>
    public static string SerialHex(X509Certificate2 certificate) => SerialHex(certificate.SerialNumberBytes.Span);

    /// <summary>Big-endian two's complement serial bytes as upper-case hex of the integer (the form BouncyCastle and openssl print).</summary>
    public static string SerialHex(ReadOnlySpan<byte> serial) =>
        serial.IsEmpty ? "0" : new Org.BouncyCastle.Math.BigInteger(serial.ToArray()).ToString(16).ToUpperInvariant();

    /// <summary>The subjectKeyIdentifier, or null when absent.</summary>
    public static byte[]? SubjectKeyIdentifier(X509Certificate2 certificate)
    {
        foreach (X509Extension extension in certificate.Extensions)
        {
            if (extension is X509SubjectKeyIdentifierExtension ski)
            {
                return ski.SubjectKeyIdentifierBytes.ToArray();
            }
        }

        return null;
    }

    /// <summary>The keyIdentifier of an authorityKeyIdentifier extension value (DER), or null when it has none.</summary>
    public static byte[]? AuthorityKeyIdentifier(byte[] extensionValue)
    {
        try
        {
            var reader = new AsnReader(extensionValue, AsnEncodingRules.DER);
            AsnReader sequence = reader.ReadSequence();
            var keyIdTag = new Asn1Tag(TagClass.ContextSpecific, 0);
            return sequence.HasData && sequence.PeekTag().HasSameClassAndValue(keyIdTag) ? sequence.ReadOctetString(keyIdTag) : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    /// <summary>The keyIdentifier of the certificate's authorityKeyIdentifier, or null when absent.</summary>
    public static byte[]? AuthorityKeyIdentifier(X509Certificate2 certificate)
    {
        X509Extension? extension = certificate.Extensions[AuthorityKeyIdentifierOid];
        return extension is null ? null : AuthorityKeyIdentifier(extension.RawData);
    }

    /// <summary>The keyUsage flags, or null when the certificate has no keyUsage extension (then every use is allowed).</summary>
    public static X509KeyUsageFlags? KeyUsage(X509Certificate2 certificate)
    {
        foreach (X509Extension extension in certificate.Extensions)
        {
            if (extension is X509KeyUsageExtension usage)
            {
                return usage.KeyUsages;
            }
        }

        return null;
    }

    /// <summary>True when the certificate has an extendedKeyUsage extension listing <paramref name="purposeOid"/>.</summary>
    public static bool HasExtendedKeyUsage(X509Certificate2 certificate, string purposeOid)
    {
        foreach (X509Extension extension in certificate.Extensions)
        {
            if (extension is X509EnhancedKeyUsageExtension eku)
            {
                foreach (Oid oid in eku.EnhancedKeyUsages)
                {
                    if (oid.Value == purposeOid)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The contents of the subjectPublicKey BIT STRING (what OCSP key hashes are computed over).</summary>
    public static byte[] SubjectPublicKeyBits(X509Certificate2 certificate) => certificate.PublicKey.EncodedKeyValue.RawData;

    /// <summary>True when the validation time lies inside the certificate's validity period.</summary>
    public static bool IsTimeValid(X509Certificate2 certificate, DateTimeOffset time) =>
        time >= new DateTimeOffset(certificate.NotBefore.ToUniversalTime()) && time <= new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
}
