using System.Collections.Generic;

namespace V2G.Security.Certificates;

/// <summary>The rules applied to a complete path (leaf first, anchor last), in the order the validator documents.</summary>
internal static class ChainRules
{
    /// <summary>The first broken rule and the index of the certificate that breaks it, or null.</summary>
    public static (int Index, RuleViolation Violation)? Check(IReadOnlyList<ParsedCertificate> path, ChainValidationOptions options)
    {
        int anchor = path.Count - 1;
        return ForEach(path, 0, anchor, SingleCertificateChecks.Structure)
            ?? ForEach(path, 0, anchor, c => SingleCertificateChecks.ProfileKey(c, options.Profile))
            ?? ForEach(path, 0, anchor, c => SingleCertificateChecks.ProfileSignature(c, options.Profile))
            ?? Signatures(path)
            ?? ForEach(path, 0, anchor, c => SingleCertificateChecks.Validity(c, options.ValidationTime))
            ?? ForEach(path, 1, anchor, SingleCertificateChecks.Issuer)
            ?? PathLengths(path)
            ?? Depth(path)
            ?? ForEach(path, 0, 0, c => SingleCertificateChecks.Leaf(c, options.Role));
    }

    private static (int, RuleViolation)? ForEach(
        IReadOnlyList<ParsedCertificate> path, int from, int to, System.Func<ParsedCertificate, RuleViolation?> rule)
    {
        for (int i = from; i <= to; i++)
        {
            if (rule(path[i]) is { } violation)
            {
                return (i, violation);
            }
        }

        return null;
    }

    private static (int, RuleViolation)? Signatures(IReadOnlyList<ParsedCertificate> path)
    {
        for (int i = 0; i < path.Count - 1; i++)
        {
            if (!CertificateSignatureVerifier.Verify(path[i], path[i + 1], out string reason))
            {
                return (i, new RuleViolation(ChainRule.Signature, $"{reason} (issuer '{path[i + 1].DisplayName}')"));
            }
        }

        return null;
    }

    /// <summary>
    /// RFC 5280 6.1.4 (l)/(m), processed from the anchor down. Every CA certificate below a constrained CA counts, the
    /// target included when it is itself a CA (a CA certificate below a pathLen-0 CA is refused even as the end of a path);
    /// self-issued certificates do not count.
    /// </summary>
    private static (int, RuleViolation)? PathLengths(IReadOnlyList<ParsedCertificate> path)
    {
        for (int i = path.Count - 1; i >= 1; i--)
        {
            if (path[i].BasicConstraints?.PathLength is not { } limit)
            {
                continue;
            }

            int below = 0;
            for (int j = i - 1; j >= 0; j--)
            {
                below += path[j].IsCa && !path[j].IsSelfIssued ? 1 : 0;
            }

            if (below > limit)
            {
                return (i, new RuleViolation(ChainRule.PathLength, $"pathLenConstraint {limit} but {below} CA certificates follow it"));
            }
        }

        return null;
    }

    private static (int, RuleViolation)? Depth(IReadOnlyList<ParsedCertificate> path)
    {
        int subCas = path.Count - 2;
        return subCas > CertificateChainValidator.MaxSubCertificates
            ? (0, new RuleViolation(ChainRule.ChainDepth,
                $"{subCas} sub-CAs between leaf and root; ISO 15118 allows at most {CertificateChainValidator.MaxSubCertificates}"))
            : null;
    }
}
