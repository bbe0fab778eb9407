using System;
using System.Collections.Generic;
using System.Linq;

namespace V2G.Security.Certificates;

/// <summary>
/// Builds the path from the leaf to a trust anchor by issuer/subject name matching, preferring issuers whose
/// subjectKeyIdentifier equals the authorityKeyIdentifier and whose key verifies the signature. The order in which the
/// message carried the sub-CAs is not trusted; a depth-first search backtracks over alternative issuers.
/// </summary>
internal sealed class ChainPathBuilder
{
    /// <summary>Longer paths are not searched: a chain deeper than this fails long before (ISO allows 4 certificates).</summary>
    private const int MaxPathLength = 8;

    private readonly IReadOnlyList<ParsedCertificate> presented;
    private readonly IReadOnlyList<ParsedCertificate> anchors;
    private readonly Func<ParsedCertificate, IReadOnlyList<ParsedCertificate>> fromPool;
    private List<ParsedCertificate> deepest = [];

    private ChainPathBuilder(
        IReadOnlyList<ParsedCertificate> presented,
        IReadOnlyList<ParsedCertificate> anchors,
        Func<ParsedCertificate, IReadOnlyList<ParsedCertificate>> fromPool)
    {
        this.presented = presented;
        this.anchors = anchors;
        this.fromPool = fromPool;
    }

    /// <summary>The complete path (leaf first, anchor last), or the deepest partial path and why it could not be completed.</summary>
    public static (IReadOnlyList<ParsedCertificate> Path, RuleViolation? Failure) Build(
        ParsedCertificate leaf,
        IReadOnlyList<ParsedCertificate> presented,
        IReadOnlyList<ParsedCertificate> anchors,
        Func<ParsedCertificate, IReadOnlyList<ParsedCertificate>> fromPool)
    {
        var builder = new ChainPathBuilder(presented, anchors, fromPool);
        var path = new List<ParsedCertificate> { leaf };
        return builder.Extend(path) ? (path, null) : (builder.deepest, builder.DeadEnd());
    }

    private bool IsAnchor(ParsedCertificate certificate) => anchors.Any(a => a.SameAs(certificate));

    private bool Extend(List<ParsedCertificate> path)
    {
        if (path.Count > deepest.Count)
        {
            deepest = [.. path];
        }

        ParsedCertificate current = path[^1];
        if (path.Count > 1 && IsAnchor(current))
        {
            return true;
        }

        if (path.Count >= MaxPathLength)
        {
            return false;
        }

        foreach (ParsedCertificate issuer in Candidates(current, path))
        {
            path.Add(issuer);
            if (Extend(path))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    private IEnumerable<ParsedCertificate> Candidates(ParsedCertificate subject, List<ParsedCertificate> path)
    {
        var all = new List<ParsedCertificate>();
        foreach (ParsedCertificate candidate in anchors.Concat(presented).Concat(fromPool(subject)))
        {
            bool usable = candidate.SubjectName.AsSpan().SequenceEqual(subject.IssuerName)
                && !path.Any(p => p.SameAs(candidate))
                && !all.Any(c => c.SameAs(candidate));
            if (usable)
            {
                all.Add(candidate);
            }
        }

        return all.OrderByDescending(candidate => Score(subject, candidate));
    }

    private int Score(ParsedCertificate subject, ParsedCertificate candidate)
    {
        bool keyIdentifierMatches = subject.AuthorityKeyIdentifier is null || candidate.SubjectKeyIdentifier is null
            || subject.AuthorityKeyIdentifier.AsSpan().SequenceEqual(candidate.SubjectKeyIdentifier);
        bool signatureVerifies = CertificateSignatureVerifier.Verify(subject, candidate, out _);
        return (signatureVerifies ? 4 : 0) + (keyIdentifierMatches ? 2 : 0) + (IsAnchor(candidate) ? 1 : 0);
    }

    private RuleViolation DeadEnd()
    {
        ParsedCertificate last = deepest[^1];
        string issuer = new System.Security.Cryptography.X509Certificates.X500DistinguishedName(last.IssuerName).Name;
        if (last.IsSelfIssued)
        {
            return new(ChainRule.UntrustedRoot, $"the chain ends at self-signed '{last.DisplayName}', which is not a trust anchor of the role");
        }

        if (deepest.Count == 1 && presented.Count == 0)
        {
            return new(ChainRule.IncompleteChain, $"only the leaf was given and its issuer '{issuer}' is not a trust anchor");
        }

        List<ParsedCertificate> unused = presented.Where(p => !deepest.Any(d => d.SameAs(p))).ToList();
        if (unused.Count > 0)
        {
            string subjects = string.Join("; ", unused.Select(u => u.Certificate.Subject));
            return new(ChainRule.IssuerNameMismatch,
                $"issuer '{issuer}' is neither a trust anchor nor one of the presented sub-CAs (unused: {subjects})");
        }

        return new(ChainRule.UntrustedRoot, $"issuer '{issuer}' is not a trust anchor of the role");
    }
}
