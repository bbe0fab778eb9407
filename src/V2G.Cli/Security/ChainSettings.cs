using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Security.Certificates;
using V2G.Security.Revocation;

namespace V2G.Cli.Security;

/// <summary>
/// What a chain is validated against, from <c>--trust</c>, <c>--crl</c>, <c>--ocsp</c>, <c>--require-revocation</c> and
/// <c>--at</c>. Trust anchors are the self-signed certificates of the <c>--trust</c> inputs, each in the group its Domain
/// Component names (V2G, MO, OEM; a root with another DC anchors every role); the other certificates found there are only
/// issuers that fill in sub-CAs a chain lacks. Revocation: without CRL/OCSP inputs it is not checked (and each line says so);
/// with them the policy is Prefer (a revoked certificate fails, an unknown status is accepted and reported); with
/// <c>--require-revocation</c> it is Require (every certificate below the anchor needs a good status).
/// </summary>
/// <param name="Pool">The trust anchors and issuer certificates.</param>
/// <param name="Checker">The revocation checker over the CRL/OCSP inputs, or null when none was given.</param>
/// <param name="Policy">How revocation answers are applied.</param>
/// <param name="Time">The validation time.</param>
internal sealed record ChainSettings(ICertificatePool Pool, IRevocationChecker? Checker, RevocationPolicy Policy, DateTimeOffset Time)
{
    /// <summary>Reads the settings; null when <c>--trust</c> is absent (chains are then not validated).</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <returns>The settings, or null.</returns>
    /// <exception cref="UsageException">Revocation or time options without <c>--trust</c>, or a bad <c>--at</c>.</exception>
    /// <exception cref="InputException">A trust, CRL or OCSP file cannot be read, or no trust anchor was found.</exception>
    public static ChainSettings? Read(ParsedArguments arguments)
    {
        List<string> trust = SecurityOptions.All(arguments, SecurityOptions.Trust);
        List<string> crls = SecurityOptions.All(arguments, SecurityOptions.Crl);
        List<string> ocsp = SecurityOptions.All(arguments, SecurityOptions.Ocsp);
        bool require = arguments.Has(SecurityOptions.RequireRevocation.Name);
        DateTimeOffset time = ValidationTime.Parse(arguments.Single(SecurityOptions.At.Name));
        if (trust.Count == 0)
        {
            if (crls.Count > 0 || ocsp.Count > 0 || require)
            {
                throw new UsageException("--crl, --ocsp and --require-revocation apply to chain validation, which needs --trust PEM|DIR");
            }

            return null;
        }

        ICertificatePool pool = LoadPool(trust);
        IRevocationChecker? checker = LoadRevocation(crls, ocsp);
        RevocationPolicy policy = require ? RevocationPolicy.Require : checker is null ? RevocationPolicy.Ignore : RevocationPolicy.Prefer;
        return new ChainSettings(pool, checker, policy, time);
    }

    /// <summary>Validates a leaf with the sub-CAs presented for it.</summary>
    /// <param name="leaf">The leaf.</param>
    /// <param name="subCertificates">The presented sub-CAs (any order).</param>
    /// <param name="role">The leaf's role.</param>
    /// <param name="profile">The profile every certificate must follow.</param>
    /// <returns>The validation result.</returns>
    public ChainValidationResult Validate(
        X509Certificate2 leaf, IReadOnlyList<X509Certificate2> subCertificates, CertificateRole role, V2G.Security.SecurityProfile profile)
    {
        var options = new ChainValidationOptions
        {
            Profile = profile,
            Role = role,
            ValidationTime = Time,
            RevocationChecker = Checker,
            RevocationPolicy = Policy,
        };
        return CertificateChainValidator.Validate(leaf, subCertificates, Pool, options);
    }

    /// <summary>Describes a valid chain: its path, the time and what revocation found.</summary>
    /// <param name="result">A valid result.</param>
    /// <returns>E.g. <c>ContractCert &lt;- MOSubCA2 &lt;- MOSubCA1 &lt;- MORootCA at 2026-01-01T00:00:00Z, revocation not checked</c>.</returns>
    public string DescribeValid(ChainValidationResult result)
    {
        string path = string.Join(" <- ", result.Path.Select(CertificateFiles.NameOf));
        return $"{path} at {ValidationTime.Format(Time)}, {DescribeRevocation(result)}";
    }

    private string DescribeRevocation(ChainValidationResult result)
    {
        if (Policy == RevocationPolicy.Ignore)
        {
            return "revocation not checked";
        }

        var parts = new List<string>();
        for (int i = 0; i < result.Revocation.Count; i++)
        {
            RevocationCheckResult answer = result.Revocation[i];
            string name = i < result.Path.Count ? CertificateFiles.NameOf(result.Path[i]) : $"certificate {i + 1}";
            parts.Add(answer.Status == RevocationStatus.Good
                ? $"{name} good ({answer.Source})"
                : $"{name} {answer.Status.ToString().ToLowerInvariant()} ({Diagnostics.OneLine(answer.Reason)})");
        }

        return $"revocation {Policy.ToString().ToLowerInvariant()}: " + (parts.Count == 0 ? "no answer" : string.Join("; ", parts));
    }

    private static InMemoryCertificatePool LoadPool(List<string> trust)
    {
        var pool = new InMemoryCertificatePool();
        int anchors = 0;
        foreach (string path in trust)
        {
            foreach (X509Certificate2 certificate in CertificateFiles.LoadFileOrDirectory(path))
            {
                if (!IsSelfIssued(certificate))
                {
                    pool.AddCertificate(certificate);
                    continue;
                }

                anchors++;
                TrustAnchorGroup? group = TrustAnchorGroups.FromDomainComponent(DomainComponentOf(certificate));
                foreach (TrustAnchorGroup g in group is { } one ? [one] : Enum.GetValues<TrustAnchorGroup>())
                {
                    pool.AddTrustAnchor(certificate, g);
                }
            }
        }

        return anchors > 0 ? pool : throw new InputException("--trust: no self-signed root certificate among " + string.Join(", ", trust));
    }

    private static SourceRevocationChecker? LoadRevocation(List<string> crls, List<string> ocsp)
    {
        if (crls.Count == 0 && ocsp.Count == 0)
        {
            return null;
        }

        var sources = new RevocationSources();
        foreach (string path in crls)
        {
            if (!sources.TryAddCrlFile(path, out string? error))
            {
                throw new InputException($"--crl {path}: {error}");
            }
        }

        foreach (string path in ocsp)
        {
            if (!sources.TryAddOcspResponseFile(path, out string? error))
            {
                throw new InputException($"--ocsp {path}: {error}");
            }
        }

        return new SourceRevocationChecker(sources);
    }

    private static bool IsSelfIssued(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);

    private static string? DomainComponentOf(X509Certificate2 certificate)
    {
        string[] dcs = certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(r => r.GetSingleElementType().Value == "0.9.2342.19200300.100.1.25")
            .Select(r => r.GetSingleElementValue() ?? string.Empty)
            .ToArray();
        return dcs.Length == 1 ? dcs[0] : null;
    }
}
