using System;
using System.Collections.Generic;
using V2G.Security.Revocation;

namespace V2G.Security.Certificates;

/// <summary>Asks the revocation checker about every certificate below the anchor and applies the policy.</summary>
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
            RevocationCheckResult result = Ask(options, path[i], path[i + 1]);
            results.Add(result);
            if (result.Status == RevocationStatus.Revoked)
            {
                string when = result.RevocationTime is { } t ? $" on {t.UtcDateTime:yyyy-MM-dd}" : "";
                return (i, new RuleViolation(ChainRule.Revoked, $"revoked{when} ({result.Source}: {result.Reason})"));
            }

            if (result.Status != RevocationStatus.Good && options.RevocationPolicy == RevocationPolicy.Require)
            {
                return (i, new RuleViolation(ChainRule.RevocationUnknown,
                    $"revocation status {result.Status} ({result.Source}: {result.Reason}) and the policy requires a good status"));
            }
        }

        return null;
    }

    private static RevocationCheckResult Ask(ChainValidationOptions options, ParsedCertificate certificate, ParsedCertificate issuer)
    {
        if (options.RevocationChecker is null)
        {
            return new RevocationCheckResult(RevocationStatus.Unknown, "none", "no revocation checker was given");
        }

        try
        {
            return options.RevocationChecker.Check(certificate.Certificate, issuer.Certificate, options.ValidationTime)
                ?? new RevocationCheckResult(RevocationStatus.Unknown, "revocation checker", "the checker gave no answer");
        }
        catch (Exception e)
        {
            // A failing checker must not let a chain through or escape to the caller: its answer is "unknown".
            return new RevocationCheckResult(RevocationStatus.Unknown, "revocation checker", $"the checker failed: {e.Message}");
        }
    }
}
