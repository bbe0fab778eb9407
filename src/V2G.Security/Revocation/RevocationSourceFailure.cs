namespace V2G.Security.Revocation;

/// <summary>The rule a CRL or OCSP response broke, so that it could not be used as a revocation source.</summary>
public enum RevocationSourceFailure
{
    /// <summary>The bytes are not a CRL or OCSP response (DER or PEM) that could be parsed.</summary>
    Malformed,

    /// <summary>No CRL or OCSP response is held for the certificate's issuer.</summary>
    NoSource,

    /// <summary>The signature algorithm, key type or CertID hash algorithm is not supported.</summary>
    UnsupportedAlgorithm,

    /// <summary>The signature over the CRL, the OCSP response or a delegated responder certificate does not verify.</summary>
    BadSignature,

    /// <summary>The CRL issuer name or authority key identifier does not match the certificate's issuer.</summary>
    IssuerMismatch,

    /// <summary>The issuer certificate may not sign CRLs (keyUsage without cRLSign).</summary>
    IssuerNotAllowedToSignCrls,

    /// <summary>A critical extension that is not understood (CRL, CRL entry or OCSP response).</summary>
    UnknownCriticalExtension,

    /// <summary>The OCSP responseStatus is not "successful", or the response is not a basic OCSP response.</summary>
    ResponseStatus,

    /// <summary>The OCSP signer is neither the CA nor a responder certificate the CA issued for OCSP signing.</summary>
    ResponderNotAuthorized,

    /// <summary>The responderID matches neither the CA nor a certificate included in the response.</summary>
    ResponderIdMismatch,

    /// <summary>The OCSP CertID (issuerNameHash, issuerKeyHash or serial) is not the checked certificate's.</summary>
    CertIdMismatch,

    /// <summary>The validation time is before thisUpdate (beyond the allowed clock skew).</summary>
    NotYetValid,

    /// <summary>The validation time is after nextUpdate (beyond the allowed clock skew), or nextUpdate is absent.</summary>
    Stale,

    /// <summary>A nonce was sent and the response does not carry the same nonce.</summary>
    NonceMismatch,
}
