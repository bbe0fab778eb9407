using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Revocation;

/// <summary>An OCSP CertID (RFC 6960 4.1.1): which certificate of which issuer a request or single response is about.</summary>
/// <param name="HashAlgorithm">The hash algorithm of both hashes.</param>
/// <param name="IssuerNameHash">Hash of the DER issuer name of the certificate.</param>
/// <param name="IssuerKeyHash">Hash of the issuer's subjectPublicKey BIT STRING contents.</param>
/// <param name="SerialNumber">The certificate serial as upper-case hex.</param>
public sealed record OcspCertId(OcspHashAlgorithm HashAlgorithm, byte[] IssuerNameHash, byte[] IssuerKeyHash, string SerialNumber)
{
    /// <summary>The CertID of <paramref name="certificate"/> issued by <paramref name="issuer"/>.</summary>
    public static OcspCertId Compute(X509Certificate2 certificate, X509Certificate2 issuer, OcspHashAlgorithm hashAlgorithm = OcspHashAlgorithm.Sha256) =>
        new(hashAlgorithm, Hash(hashAlgorithm, certificate.IssuerName.RawData),
            Hash(hashAlgorithm, CertificateFacts.SubjectPublicKeyBits(issuer)), CertificateFacts.SerialHex(certificate));

    /// <summary>The dotted OID of a hash algorithm.</summary>
    public static string Oid(OcspHashAlgorithm hashAlgorithm) => hashAlgorithm switch
    {
        OcspHashAlgorithm.Sha1 => "1.3.14.3.2.26",
        OcspHashAlgorithm.Sha256 => "2.16.840.1.101.3.4.2.1",
        OcspHashAlgorithm.Sha384 => "2.16.840.1.101.3.4.2.2",
        OcspHashAlgorithm.Sha512 => "2.16.840.1.101.3.4.2.3",
        _ => throw new ArgumentOutOfRangeException(nameof(hashAlgorithm), hashAlgorithm, "unknown OCSP hash algorithm"),
    };

    /// <summary>The hash algorithm an OID names, if it is one of <see cref="OcspHashAlgorithm"/>.</summary>
    public static bool TryFromOid(string oid, [NotNullWhen(true)] out OcspHashAlgorithm? hashAlgorithm)
    {
        foreach (OcspHashAlgorithm candidate in Enum.GetValues<OcspHashAlgorithm>())
        {
            if (Oid(candidate) == oid)
            {
                hashAlgorithm = candidate;
                return true;
            }
        }

        hashAlgorithm = null;
        return false;
    }

    /// <summary>True when every field equals (hashes byte for byte).</summary>
    public bool Matches(OcspCertId other) =>
        HashAlgorithm == other.HashAlgorithm && IssuerNameHash.AsSpan().SequenceEqual(other.IssuerNameHash)
        && IssuerKeyHash.AsSpan().SequenceEqual(other.IssuerKeyHash) && SerialNumber == other.SerialNumber;

    internal static byte[] Hash(OcspHashAlgorithm hashAlgorithm, byte[] data) => hashAlgorithm switch
    {
        OcspHashAlgorithm.Sha1 => SHA1.HashData(data),
        OcspHashAlgorithm.Sha256 => SHA256.HashData(data),
        OcspHashAlgorithm.Sha384 => SHA384.HashData(data),
        OcspHashAlgorithm.Sha512 => SHA512.HashData(data),
        _ => throw new ArgumentOutOfRangeException(nameof(hashAlgorithm), hashAlgorithm, "unknown OCSP hash algorithm"),
    };
}
