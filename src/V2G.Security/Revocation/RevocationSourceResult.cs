using System;

namespace V2G.Security.Revocation;

/// <summary>
/// What one CRL or OCSP response says of one certificate, after the source itself was verified. When
/// <see cref="Failure"/> is set the source was refused and <see cref="Status"/> is always <see cref="RevocationStatus.Unknown"/>.
/// </summary>
/// <param name="Kind">CRL or OCSP.</param>
/// <param name="Source">Which source, e.g. "CRL of MOSubCA2 (CRLNumber 1)" or "OCSP response by MOSubCA2 for serial 100C".</param>
/// <param name="Status">Good, revoked, or unknown (also when the source was refused).</param>
/// <param name="Failure">The rule the source broke, or null when it was verified.</param>
/// <param name="Reason">Why: the revocation date and reason, or what exactly failed.</param>
/// <param name="RevocationTime">When the certificate was revoked, if it is.</param>
/// <param name="RevocationReason">The CRLReason given with a revocation, if any.</param>
public sealed record RevocationSourceResult(
    RevocationSourceKind Kind,
    string Source,
    RevocationStatus Status,
    RevocationSourceFailure? Failure,
    string Reason,
    DateTimeOffset? RevocationTime = null,
    RevocationReason? RevocationReason = null)
{
    /// <summary>True when the source was verified (its answer may still be <see cref="RevocationStatus.Unknown"/>).</summary>
    public bool IsVerified => Failure is null;

    /// <summary>The same answer as the <see cref="RevocationCheckResult"/> that <see cref="IRevocationChecker"/> returns.</summary>
    public RevocationCheckResult ToCheckResult() =>
        new(Status, Source, Reason, RevocationTime) { Failure = Failure, RevocationReason = RevocationReason };

    internal static RevocationSourceResult Refused(RevocationSourceKind kind, string source, RevocationSourceFailure failure, string reason) =>
        new(kind, source, RevocationStatus.Unknown, failure, reason);
}
