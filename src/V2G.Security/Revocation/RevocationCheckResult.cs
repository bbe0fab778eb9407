using System;

namespace V2G.Security.Revocation;

/// <summary>The revocation status of one certificate and where it came from.</summary>
/// <param name="Status">Good, revoked or unknown.</param>
/// <param name="Source">What the status rests on, e.g. "CRL of MOSubCA2 (CRLNumber 1)" or "OCSP response by MOSubCA2".</param>
/// <param name="Reason">Why the status is what it is: the revocation reason and date, or why no usable status was found.</param>
/// <param name="RevocationTime">When the certificate was revoked, if it is.</param>
public sealed record RevocationCheckResult(RevocationStatus Status, string Source, string Reason, DateTimeOffset? RevocationTime = null)
{
    /// <summary>
    /// When <see cref="Status"/> is <see cref="RevocationStatus.Unknown"/> because a source was missing or refused: the rule that
    /// failed (the first one, when several sources were tried). Null for good and revoked answers and for an OCSP "unknown".
    /// </summary>
    public RevocationSourceFailure? Failure { get; init; }

    /// <summary>The CRLReason given with a revocation, if any.</summary>
    public RevocationReason? RevocationReason { get; init; }
}
