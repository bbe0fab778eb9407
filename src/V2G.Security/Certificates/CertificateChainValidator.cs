using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.Certificates;

/// <summary>
/// RFC 5280 path validation with the ISO 15118 certificate profile, for one leaf role.
/// The rules are applied in this order and the first failure decides:
/// path building (names, key identifiers), structure of every certificate (version 3, positive serial, no unknown
/// critical extension), profile key and signature algorithms, signatures, validity at the validation time (anchor
/// included), basicConstraints CA:true and keyCertSign on every issuer, pathLenConstraint, ISO depth (at most two sub-CAs),
/// the leaf rules of the role (CA:false, key usage, Domain Component, eMAID/PCID syntax), then revocation.
/// </summary>
public static class CertificateChainValidator
{
    /// <summary>At most this many sub-CAs lie between the leaf and the root in an ISO 15118 chain.</summary>
    public const int MaxSubCertificates = 2;

    /// <summary>
    /// Validates <paramref name="leaf"/> with the sub-CAs a message carried (any order) against <paramref name="trustAnchors"/>.
    /// </summary>
    /// <param name="leaf">The end-entity certificate.</param>
    /// <param name="subCertificates">The sub-CA certificates as presented, typically Sub-CA 2 then Sub-CA 1; may be empty.</param>
    /// <param name="trustAnchors">The roots trusted for this role; anchors that cannot be parsed are not trusted.</param>
    /// <param name="options">Profile, role, validation time and revocation handling.</param>
    public static ChainValidationResult Validate(
        X509Certificate2 leaf,
        IReadOnlyList<X509Certificate2> subCertificates,
        IReadOnlyList<X509Certificate2> trustAnchors,
        ChainValidationOptions options) =>
        Validate(leaf, subCertificates, trustAnchors, null, options);

    /// <summary>
    /// Validates <paramref name="leaf"/> against the trust anchors <paramref name="pool"/> holds for the role
    /// (<see cref="TrustAnchorGroups.ForRole"/>), taking missing sub-CAs from the pool.
    /// </summary>
    /// <param name="leaf">The end-entity certificate.</param>
    /// <param name="subCertificates">The sub-CA certificates as presented; may be empty.</param>
    /// <param name="pool">The trust store and certificate pool.</param>
    /// <param name="options">Profile, role, validation time and revocation handling.</param>
    public static ChainValidationResult Validate(
        X509Certificate2 leaf, IReadOnlyList<X509Certificate2> subCertificates, ICertificatePool pool, ChainValidationOptions options)
    {
        if (pool is null || options is null)
        {
            return Refuse(leaf, ChainRule.NoTrustAnchor, "no certificate pool or no options were given");
        }

        X509Certificate2[] anchors = TrustAnchorGroups.ForRole(options.Role).SelectMany(pool.GetTrustAnchors).ToArray();
        return Validate(leaf, subCertificates, anchors, pool, options);
    }

    private static ChainValidationResult Validate(
        X509Certificate2? leaf,
        IReadOnlyList<X509Certificate2>? subCertificates,
        IReadOnlyList<X509Certificate2>? trustAnchors,
        ICertificatePool? pool,
        ChainValidationOptions? options)
    {
        if (leaf is null || options is null)
        {
            return Refuse(leaf, ChainRule.Malformed, leaf is null ? "no leaf certificate was given" : "no options were given");
        }

        if (!CertificateParser.TryParse(leaf, out ParsedCertificate? parsedLeaf, out string? leafError))
        {
            return Refuse(leaf, ChainRule.Malformed, leafError);
        }

        var presented = new List<ParsedCertificate>();
        foreach ((X509Certificate2? certificate, int index) in (subCertificates ?? []).Select((c, i) => (c, i)))
        {
            if (certificate is null || !CertificateParser.TryParse(certificate, out ParsedCertificate? parsed, out string? error))
            {
                string what = certificate is null ? "is null" : "cannot be parsed";
                return ChainValidationResult.Invalid([leaf], new ChainFailure(ChainRule.Malformed,
                    certificate?.Subject ?? "(null)", index + 1, $"presented sub-CA {index + 1}", $"the presented sub-CA {what}"));
            }

            presented.Add(parsed);
        }

        List<ParsedCertificate> anchors = ParseAll(trustAnchors ?? []);
        if (anchors.Count == 0)
        {
            return Refuse(leaf, ChainRule.NoTrustAnchor, $"no usable trust anchor was given for role {options.Role}");
        }

        (IReadOnlyList<ParsedCertificate> path, RuleViolation? buildFailure) =
            ChainPathBuilder.Build(parsedLeaf, presented, anchors, subject => PoolIssuers(pool, subject));
        X509Certificate2[] certificates = path.Select(p => p.Certificate).ToArray();
        if (buildFailure != null)
        {
            return ChainValidationResult.Invalid(certificates, Failure(path, path.Count - 1, buildFailure, complete: false));
        }

        if (ChainRules.Check(path, options) is { } ruleFailure)
        {
            return ChainValidationResult.Invalid(certificates, Failure(path, ruleFailure.Index, ruleFailure.Violation, complete: true));
        }

        var revocation = new List<RevocationCheckResult>();
        if (RevocationRule.Check(path, options, revocation) is { } revocationFailure)
        {
            ChainFailure failure = Failure(path, revocationFailure.Index, revocationFailure.Violation, complete: true);
            return ChainValidationResult.Invalid(certificates, failure, revocation);
        }

        return ChainValidationResult.Valid(certificates, revocation);
    }

    private static List<ParsedCertificate> ParseAll(IEnumerable<X509Certificate2?> certificates)
    {
        var parsed = new List<ParsedCertificate>();
        foreach (X509Certificate2? certificate in certificates)
        {
            if (certificate != null && CertificateParser.TryParse(certificate, out ParsedCertificate? p, out _))
            {
                parsed.Add(p);
            }
        }

        return parsed;
    }

    private static IReadOnlyList<ParsedCertificate> PoolIssuers(ICertificatePool? pool, ParsedCertificate subject) =>
        pool is null ? [] : ParseAll(pool.FindBySubject(new X500DistinguishedName(subject.IssuerName)));

    private static ChainFailure Failure(IReadOnlyList<ParsedCertificate> path, int index, RuleViolation violation, bool complete)
    {
        string position = index == 0 ? "leaf"
            : complete && index == path.Count - 1 ? "trust anchor"
            : $"Sub-CA {(complete ? path.Count - 1 : path.Count) - index}";
        return new ChainFailure(violation.Rule, path[index].DisplayName, index, position, violation.Message);
    }

    private static ChainValidationResult Refuse(X509Certificate2? leaf, ChainRule rule, string message) =>
        ChainValidationResult.Invalid(
            leaf is null ? [] : [leaf], new ChainFailure(rule, leaf?.Subject ?? "(none)", 0, "leaf", message));
}
