using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;

namespace V2G.Security.Revocation;

/// <summary>
/// Verifies a CRL against the certificate's issuer (name, key identifier, cRLSign, signature, critical extensions,
/// thisUpdate/nextUpdate) and looks the certificate's serial up in it.
/// </summary>
public static class CrlChecker
{
    // CRL extensions whose meaning does not change the list's scope. issuingDistributionPoint and deltaCRLIndicator
    // (partitioned and delta CRLs) are not processed, so when critical they are refused like any unknown extension.
    private static readonly HashSet<string> KnownCrlExtensions = ["2.5.29.20", "2.5.29.35", "2.5.29.18", "2.5.29.46", "1.3.6.1.5.5.7.1.1"];

    // reasonCode, holdInstructionCode, invalidityDate; certificateIssuer (indirect CRLs) is not supported.
    private static readonly HashSet<string> KnownEntryExtensions = ["2.5.29.21", "2.5.29.23", "2.5.29.24"];

    /// <summary>The status of <paramref name="certificate"/> according to <paramref name="crl"/>, once the CRL is verified.</summary>
    public static RevocationSourceResult Check(
        CrlDocument crl, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset validationTime,
        RevocationCheckOptions? options = null)
    {
        options ??= RevocationCheckOptions.Default;
        string source = crl.Name;
        if (!NamesEqual(crl.Issuer, certificate.IssuerName))
        {
            return Refused(source, RevocationSourceFailure.IssuerMismatch,
                $"the CRL issuer '{crl.Issuer.Name}' is not the issuer '{certificate.IssuerName.Name}' of {CertificateFacts.DisplayName(certificate)}");
        }

        if (VerifyIssuer(crl, issuer) is { } issuerFailure)
        {
            return Refused(source, issuerFailure.Failure, issuerFailure.Reason);
        }

        if (!VerifySignature(crl, issuer, out RevocationSourceFailure signatureFailure, out string? signatureReason))
        {
            return Refused(source, signatureFailure, signatureReason);
        }

        if (UnknownCriticalExtension(crl.Crl) is { } extensionReason)
        {
            return Refused(source, RevocationSourceFailure.UnknownCriticalExtension, extensionReason);
        }

        if (SourceFreshness.Check(crl.ThisUpdate, crl.NextUpdate, validationTime, options.Skew) is { } stale)
        {
            return Refused(source, stale.Failure, stale.Reason);
        }

        return LookUp(crl, certificate);
    }

    /// <summary>
    /// Verifies only the CRL signature with the key of <paramref name="issuer"/> (the question <c>openssl crl -verify</c> answers).
    /// </summary>
    public static bool VerifySignature(CrlDocument crl, X509Certificate2 issuer, [NotNullWhen(false)] out string? reason) =>
        VerifySignature(crl, issuer, out _, out reason);

    private static bool VerifySignature(
        CrlDocument crl, X509Certificate2 issuer, out RevocationSourceFailure failure, [NotNullWhen(false)] out string? reason)
    {
        failure = RevocationSourceFailure.BadSignature;
        CertificateList list = crl.Crl.CertificateList;
        if (!list.SignatureAlgorithm.Equals(list.TbsCertList.Signature))
        {
            reason = "the outer signatureAlgorithm differs from the signature field of tbsCertList";
            return false;
        }

        var result = SignatureCheck.Verify(issuer, list.SignatureAlgorithm.Algorithm.Id, list.TbsCertList.GetDerEncoded(),
            list.Signature.GetOctets());
        if (result is { } bad)
        {
            failure = bad.Failure;
            reason = bad.Reason;
            return false;
        }

        reason = null;
        return true;
    }

    private static (RevocationSourceFailure Failure, string Reason)? VerifyIssuer(CrlDocument crl, X509Certificate2 issuer)
    {
        string issuerName = CertificateFacts.DisplayName(issuer);
        if (!NamesEqual(crl.Issuer, issuer.SubjectName))
        {
            return (RevocationSourceFailure.IssuerMismatch, $"the CRL issuer '{crl.Issuer.Name}' is not the subject of {issuerName}");
        }

        Asn1OctetString? akiValue = crl.Crl.GetExtensionValue(X509Extensions.AuthorityKeyIdentifier);
        byte[]? ski = CertificateFacts.SubjectKeyIdentifier(issuer);
        if (akiValue is not null && ski is not null && CertificateFacts.AuthorityKeyIdentifier(akiValue.GetOctets()) is { } aki
            && !aki.AsSpan().SequenceEqual(ski))
        {
            return (RevocationSourceFailure.IssuerMismatch,
                $"the CRL authorityKeyIdentifier {Convert.ToHexString(aki)} is not the subjectKeyIdentifier {Convert.ToHexString(ski)} of {issuerName}");
        }

        if (CertificateFacts.KeyUsage(issuer) is { } usage && !usage.HasFlag(X509KeyUsageFlags.CrlSign))
        {
            return (RevocationSourceFailure.IssuerNotAllowedToSignCrls, $"the keyUsage of {issuerName} lacks cRLSign");
        }

        return null;
    }

    private static string? UnknownCriticalExtension(X509Crl crl)
    {
        foreach (string oid in crl.GetCriticalExtensionOids() ?? Enumerable.Empty<string>())
        {
            if (!KnownCrlExtensions.Contains(oid))
            {
                return $"unknown critical CRL extension {oid}";
            }
        }

        foreach (X509CrlEntry entry in crl.GetRevokedCertificates() ?? Enumerable.Empty<X509CrlEntry>())
        {
            foreach (string oid in entry.GetCriticalExtensionOids() ?? Enumerable.Empty<string>())
            {
                if (!KnownEntryExtensions.Contains(oid))
                {
                    return $"unknown critical extension {oid} in the entry for serial {entry.SerialNumber.ToString(16).ToUpperInvariant()}";
                }
            }
        }

        return null;
    }

    private static RevocationSourceResult LookUp(CrlDocument crl, X509Certificate2 certificate)
    {
        string serialHex = CertificateFacts.SerialHex(certificate);
        string subject = CertificateFacts.DisplayName(certificate);
        X509CrlEntry? entry = crl.Crl.GetRevokedCertificate(new BigInteger(certificate.SerialNumberBytes.ToArray()));
        if (entry is null)
        {
            return new RevocationSourceResult(RevocationSourceKind.Crl, crl.Name, RevocationStatus.Good, null,
                $"serial {serialHex} of {subject} is not listed");
        }

        var revokedAt = new DateTimeOffset(DateTime.SpecifyKind(entry.RevocationDate, DateTimeKind.Utc));
        RevocationReason? reason = ReadReason(entry);
        string reasonText = reason is null ? "no reason given" : $"reason {reason}";
        return new RevocationSourceResult(RevocationSourceKind.Crl, crl.Name, RevocationStatus.Revoked, null,
            $"serial {serialHex} of {subject} revoked on {SourceFreshness.Format(revokedAt)}, {reasonText}", revokedAt, reason);
    }

    private static RevocationReason? ReadReason(X509CrlEntry entry)
    {
        Asn1OctetString? value = entry.GetExtensionValue(X509Extensions.ReasonCode);
        if (value is null)
        {
            return null;
        }

        try
        {
            return (RevocationReason)DerEnumerated.GetInstance(value.GetOctets()).IntValueExact;
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException)
        {
            return RevocationReason.Unspecified;
        }
    }

    /// <summary>Exact DER equality first, then the RFC 5280 comparison (case-insensitive, whitespace-folded) of BouncyCastle.</summary>
    internal static bool NamesEqual(X500DistinguishedName a, X500DistinguishedName b)
    {
        if (a.RawData.AsSpan().SequenceEqual(b.RawData))
        {
            return true;
        }

        try
        {
            return X509Name.GetInstance(a.RawData).Equivalent(X509Name.GetInstance(b.RawData), true);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static RevocationSourceResult Refused(string source, RevocationSourceFailure failure, string reason) =>
        RevocationSourceResult.Refused(RevocationSourceKind.Crl, source, failure, reason);
}
