using System;
using System.Collections.Generic;
using V2G.Security.Revocation;

namespace V2G.Security.Certificates;

/// <summary>Asks the revocation checker about every certificate below the anchor and applies the policy (<see cref="RevocationDecision"/>).</summary>
internal static class RevocationRule
{
    public static (int Index, RuleViolation Violation)? Check(
        IReadOnlyList<ParsedCertificate> path, ChainValidationOptions options, List<RevocationCheckResult> results)
    {
        if (options.RevocationPolicy == RevocationPolicy.Ignore)
        {
            return null;
        }

        for (int i = 0; i < path.Count - 1; i++)
        {
            if (!TryAsk(options, path[i], path[i + 1], out var result, out string? failure))
            {
                // A checker that throws says nothing trustworthy: refused whatever the policy (fail closed).
                return (i, new RuleViolation(ChainRule.RevocationUnknown, "the revocation checker failed: " + failure));
            }

            results.Add(result!);
            var decision = RevocationDecision.Apply(options.RevocationPolicy, result);
            if (!decision.Accepted)
            {
                var rule = result!.Status == RevocationStatus.Revoked ? ChainRule.Revoked : ChainRule.RevocationUnknown;
                string when = result.RevocationTime is { } t ? $" on {t.UtcDateTime:yyyy-MM-dd}" : "";
                return (i, new RuleViolation(rule, decision.Reason + when));
            }
        }

        return null;
    }

    private static bool TryAsk(ChainValidationOptions options, ParsedCertificate certificate, ParsedCertificate issuer, out RevocationCheckResult? result, out string? failure)
    {
        failure = null;
        if (options.RevocationChecker is null)
        {
            result = new RevocationCheckResult(RevocationStatus.Unknown, "none", "no revocation checker was given");
            return true;
        }

        try
        {
            result = options.RevocationChecker.Check(certificate.Certificate, issuer.Certificate, options.ValidationTime)
                ?? new RevocationCheckResult(RevocationStatus.Unknown, "revocation checker", "the checker gave no answer");
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = null;
            failure = e.GetType().Name + ": " + e.Message;
            return false;
        }
    }
}
