using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Ocsp;

namespace V2G.Security.Revocation;

/// <summary>
/// Verifies a basic OCSP response (RFC 6960) for one certificate: responseStatus, CertID, responder authorization
/// (the CA itself or a delegated responder the CA issued with id-kp-OCSPSigning), signature, thisUpdate/nextUpdate and nonce.
/// </summary>
public static class OcspResponseVerifier
{
    /// <summary>id-kp-OCSPSigning.</summary>
    public const string OcspSigningOid = "1.3.6.1.5.5.7.3.9";

    /// <summary>id-pkix-ocsp-nonce.</summary>
    public const string NonceOid = "1.3.6.1.5.5.7.48.1.2";

    // Response extensions understood when critical: nonce, extended revoke (RFC 6960 4.4.8).
    private static readonly HashSet<string> KnownResponseExtensions = [NonceOid, "1.3.6.1.5.5.7.48.1.9"];

    /// <summary>
    /// The status of <paramref name="certificate"/> (issued by <paramref name="issuer"/>) according to <paramref name="response"/>.
    /// When <paramref name="expectedNonce"/> is given (the nonce of the request sent), the response must carry the same one.
    /// </summary>
    public static RevocationSourceResult Verify(
        OcspResponseDocument response, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset validationTime,
        RevocationCheckOptions? options = null, byte[]? expectedNonce = null)
    {
        options ??= RevocationCheckOptions.Default;
        string serial = CertificateFacts.SerialHex(certificate);
        string subject = CertificateFacts.DisplayName(certificate);
        string source = $"OCSP response for {subject} (serial {serial})";
        BasicOcspResp? basic = response.Basic;
        if (response.ResponseStatus != OcspRespStatus.Successful || basic is null)
        {
            string why = response.ResponseStatus == OcspRespStatus.Successful ? "it is not a basic OCSP response" : "it is not successful";
            return Refused(source, RevocationSourceFailure.ResponseStatus, $"responseStatus {response.ResponseStatus}: {why}");
        }

        if (UnknownCritical(basic.GetCriticalExtensionOids(), KnownResponseExtensions) is { } responseExtension)
        {
            return Refused(source, RevocationSourceFailure.UnknownCriticalExtension, $"unknown critical response extension {responseExtension}");
        }

        SingleResp? single = basic.Responses.FirstOrDefault(r => r.GetCertID().SerialNumber.ToString(16).ToUpperInvariant() == serial);
        if (single is null)
        {
            return Refused(source, RevocationSourceFailure.CertIdMismatch,
                $"no single response has serial {serial}; the response covers {string.Join(", ", response.SerialNumbers)}");
        }

        if (CertIdMismatch(single.GetCertID(), certificate, issuer) is { } certId)
        {
            return Refused(source, certId.Failure, certId.Reason);
        }

        Signer signer = FindSigner(basic, issuer, validationTime);
        if (signer.Failure is { } responderFailure)
        {
            return Refused(source, responderFailure, signer.Reason);
        }

        source = $"OCSP response by {CertificateFacts.DisplayName(signer.Certificate!)} for {subject} (serial {serial})";
        if (SignatureCheck.Verify(signer.Certificate!, SignatureAlgorithmOf(basic), basic.GetTbsResponseData(), basic.GetSignature()) is { } bad)
        {
            return Refused(source, bad.Failure, "response signature: " + bad.Reason);
        }

        if (UnknownCritical(single.GetCriticalExtensionOids(), []) is { } singleExtension)
        {
            return Refused(source, RevocationSourceFailure.UnknownCriticalExtension, $"unknown critical single response extension {singleExtension}");
        }

        DateTimeOffset thisUpdate = Utc(single.ThisUpdate);
        DateTimeOffset? nextUpdate = single.NextUpdate is { } next ? Utc(next) : null;
        if (SourceFreshness.Check(thisUpdate, nextUpdate, validationTime, options.Skew) is { } stale)
        {
            return Refused(source, stale.Failure, stale.Reason);
        }

        if (expectedNonce is not null && NonceProblem(basic, expectedNonce) is { } nonce)
        {
            return Refused(source, RevocationSourceFailure.NonceMismatch, nonce);
        }

        return StatusOf(single, source, subject, serial);
    }

    private static RevocationSourceResult StatusOf(SingleResp single, string source, string subject, string serial)
    {
        object? status = single.GetCertStatus();
        if (status is null)
        {
            return new(RevocationSourceKind.Ocsp, source, RevocationStatus.Good, null, $"the responder answers good for {subject}");
        }

        if (status is RevokedStatus revoked)
        {
            DateTimeOffset at = Utc(revoked.RevocationTime);
            RevocationReason? reason = revoked.HasRevocationReason ? (RevocationReason)revoked.RevocationReason : null;
            string reasonText = reason is null ? "no reason given" : $"reason {reason}";
            return new(RevocationSourceKind.Ocsp, source, RevocationStatus.Revoked, null,
                $"serial {serial} of {subject} revoked on {SourceFreshness.Format(at)}, {reasonText}", at, reason);
        }

        return new(RevocationSourceKind.Ocsp, source, RevocationStatus.Unknown, null, $"the responder answers unknown for {subject}");
    }

    private static (RevocationSourceFailure Failure, string Reason)? CertIdMismatch(
        CertificateID certId, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        if (!OcspCertId.TryFromOid(certId.HashAlgOid, out OcspHashAlgorithm? hash))
        {
            return (RevocationSourceFailure.UnsupportedAlgorithm, $"the CertID hash algorithm {certId.HashAlgOid} is not supported");
        }

        OcspCertId expected = OcspCertId.Compute(certificate, issuer, hash.Value);
        string issuerName = CertificateFacts.DisplayName(issuer);
        if (!certId.GetIssuerNameHash().AsSpan().SequenceEqual(expected.IssuerNameHash))
        {
            return (RevocationSourceFailure.CertIdMismatch,
                $"the CertID issuerNameHash is not the {hash} hash of the issuer name of {CertificateFacts.DisplayName(certificate)}");
        }

        if (!certId.GetIssuerKeyHash().AsSpan().SequenceEqual(expected.IssuerKeyHash))
        {
            return (RevocationSourceFailure.CertIdMismatch, $"the CertID issuerKeyHash is not the {hash} hash of the key of {issuerName}");
        }

        return null;
    }

    private sealed record Signer(X509Certificate2? Certificate, RevocationSourceFailure? Failure, string Reason);

    /// <summary>The CA when the responderID names it, else the included responder certificate it names, once authorized.</summary>
    private static Signer FindSigner(BasicOcspResp basic, X509Certificate2 issuer, DateTimeOffset time)
    {
        ResponderID id = basic.ResponderId.ToAsn1Object();
        string issuerName = CertificateFacts.DisplayName(issuer);
        if (IdMatches(id, issuer))
        {
            return new Signer(issuer, null, "");
        }

        List<X509Certificate2> included = [];
        foreach (Org.BouncyCastle.X509.X509Certificate bc in basic.GetCerts())
        {
            try
            {
                included.Add(X509CertificateLoader.LoadCertificate(bc.GetEncoded()));
            }
            catch (CryptographicException)
            {
                // An unreadable included certificate cannot be the responder; keep looking at the others.
            }
        }

        X509Certificate2? delegated = included.FirstOrDefault(c => IdMatches(id, c));
        if (delegated is null)
        {
            return new Signer(null, RevocationSourceFailure.ResponderIdMismatch,
                $"the responderID ({Describe(id)}) names neither the CA {issuerName} nor a certificate included in the response");
        }

        string responderName = CertificateFacts.DisplayName(delegated);
        if (!CrlChecker.NamesEqual(delegated.IssuerName, issuer.SubjectName))
        {
            return new Signer(null, RevocationSourceFailure.ResponderNotAuthorized,
                $"the responder certificate {responderName} was not issued by the CA {issuerName}");
        }

        var bcDelegated = new Org.BouncyCastle.X509.X509Certificate(delegated.RawData);
        if (SignatureCheck.Verify(issuer, bcDelegated.SigAlgOid, bcDelegated.GetTbsCertificate(), bcDelegated.GetSignature()) is { } bad)
        {
            return new Signer(null, bad.Failure, $"responder certificate {responderName}: {bad.Reason}");
        }

        if (!CertificateFacts.HasExtendedKeyUsage(delegated, OcspSigningOid))
        {
            return new Signer(null, RevocationSourceFailure.ResponderNotAuthorized,
                $"the responder certificate {responderName} lacks the id-kp-OCSPSigning extended key usage");
        }

        if (!CertificateFacts.IsTimeValid(delegated, time))
        {
            return new Signer(null, RevocationSourceFailure.ResponderNotAuthorized,
                $"the responder certificate {responderName} is not valid at {SourceFreshness.Format(time)}");
        }

        return new Signer(delegated, null, "");
    }

    private static bool IdMatches(ResponderID id, X509Certificate2 candidate)
    {
        byte[]? keyHash = id.GetKeyHash();
        if (keyHash is not null)
        {
            return SHA1.HashData(CertificateFacts.SubjectPublicKeyBits(candidate)).AsSpan().SequenceEqual(keyHash);
        }

        return id.Name is { } name && CrlChecker.NamesEqual(new X500DistinguishedName(name.GetDerEncoded()), candidate.SubjectName);
    }

    private static string Describe(ResponderID id) =>
        id.GetKeyHash() is { } keyHash ? $"byKey {Convert.ToHexString(keyHash)}" : $"byName {id.Name}";

    private static string? NonceProblem(BasicOcspResp basic, byte[] expected)
    {
        Asn1OctetString? value = basic.GetExtensionValue(new DerObjectIdentifier(NonceOid));
        if (value is null)
        {
            return $"a nonce {Convert.ToHexString(expected)} was sent but the response carries none";
        }

        byte[] actual = InnerOctets(value.GetOctets());
        return actual.AsSpan().SequenceEqual(expected)
            ? null
            : $"the response nonce {Convert.ToHexString(actual)} is not the nonce {Convert.ToHexString(expected)} that was sent";
    }

    /// <summary>RFC 8954: the nonce is an OCTET STRING inside extnValue; older responders put the raw bytes there.</summary>
    private static byte[] InnerOctets(byte[] extnValue)
    {
        try
        {
            return Asn1OctetString.GetInstance(Asn1Object.FromByteArray(extnValue)).GetOctets();
        }
        catch (Exception e) when (e is ArgumentException or System.IO.IOException or InvalidCastException)
        {
            return extnValue;
        }
    }

    private static string? UnknownCritical(IEnumerable<string>? critical, HashSet<string> known) =>
        critical?.FirstOrDefault(oid => !known.Contains(oid));

    private static string SignatureAlgorithmOf(BasicOcspResp basic) =>
        BasicOcspResponse.GetInstance(basic.GetEncoded()).SignatureAlgorithm.Algorithm.Id;

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static RevocationSourceResult Refused(string source, RevocationSourceFailure failure, string reason) =>
        RevocationSourceResult.Refused(RevocationSourceKind.Ocsp, source, failure, reason);
}
