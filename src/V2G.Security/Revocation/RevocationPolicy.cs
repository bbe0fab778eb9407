namespace V2G.Security.Revocation;

/// <summary>
/// How chain validation treats the answers of an <see cref="IRevocationChecker"/>, applied to each certificate below the trust
/// anchor by <see cref="RevocationDecision.Apply"/>. "Unknown" covers every case without a usable statement: no CRL or OCSP
/// response for the issuer, an OCSP "unknown" answer, and sources that were refused (stale, not yet valid, badly signed, foreign
/// issuer, CertID or nonce mismatch, unauthorized responder). A refused source is never read as good.
/// </summary>
public enum RevocationPolicy
{
    /// <summary>Revocation is not checked: every certificate is accepted whatever the checker would say (even revoked).</summary>
    Ignore,

    /// <summary>
    /// Soft fail: a revoked certificate fails the chain; good is accepted; unknown (including stale or unverifiable sources) is
    /// accepted and its reason reported, so an attacker who can suppress or age the sources can hide a revocation.
    /// </summary>
    Prefer,

    /// <summary>
    /// Hard fail: every certificate below the trust anchor needs a good status from a verified, current source; revoked and
    /// unknown (including stale or unverifiable sources and a missing answer) both fail the chain.
    /// </summary>
    Require,
}
