using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Certificates;

/// <summary>Describes one certificate (for <c>v2g cert inspect</c>): identity, likely role, URLs, algorithms and profile checks.</summary>
public static class CertificateInspector
{
    /// <summary>Inspects <paramref name="certificate"/>.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="profile">The profile to check against; null to use the one its key fits.</param>
    /// <param name="validationTime">When given, validity at that time is one of the checks.</param>
    /// <param name="inspection">The description, when the certificate can be parsed.</param>
    /// <param name="error">Why it cannot be parsed.</param>
    public static bool TryInspect(
        X509Certificate2 certificate, SecurityProfile? profile, DateTimeOffset? validationTime,
        [NotNullWhen(true)] out CertificateInspection? inspection, [NotNullWhen(false)] out string? error)
    {
        inspection = null;
        if (certificate is null)
        {
            error = "no certificate was given";
            return false;
        }

        if (!CertificateParser.TryParse(certificate, out ParsedCertificate? c, out error))
        {
            return false;
        }

        CertificateKind kind = !c.IsCa ? CertificateKind.Leaf : c.IsSelfIssued ? CertificateKind.Root : CertificateKind.SubCa;
        CertificateRole? role = kind == CertificateKind.Leaf ? LikelyRole(c) : null;
        SecurityProfile? checkedProfile = profile ?? ProfileOfKey(c);
        inspection = new CertificateInspection
        {
            Subject = certificate.Subject,
            Issuer = certificate.Issuer,
            CommonName = c.CommonName,
            DomainComponents = c.DomainComponents,
            Kind = kind,
            LikelyRole = role,
            Emaid = IdentifierSyntax.LooksLikeEmaid(c.CommonName) ? c.CommonName : null,
            Pcid = IdentifierSyntax.LooksLikePcid(c.CommonName) ? c.CommonName : null,
            SerialNumber = Convert.ToHexString(c.SerialNumber),
            NotBefore = c.NotBefore,
            NotAfter = c.NotAfter,
            Sha256Fingerprint = Convert.ToHexString(SHA256.HashData(certificate.RawDataMemory.Span)),
            SubjectKeyIdentifier = c.SubjectKeyIdentifier is null ? null : Convert.ToHexString(c.SubjectKeyIdentifier),
            AuthorityKeyIdentifier = c.AuthorityKeyIdentifier is null ? null : Convert.ToHexString(c.AuthorityKeyIdentifier),
            OcspUrls = c.OcspUrls,
            CrlDistributionPoints = c.CrlDistributionPoints,
            KeyAlgorithm = CertificateOids.Describe(c.KeyAlgorithmOid),
            Curve = c.CurveOid is null ? null : CertificateOids.Describe(c.CurveOid),
            SignatureAlgorithm = CertificateOids.Describe(c.SignatureAlgorithmOid),
            Profile = checkedProfile,
            Checks = Checks(c, kind, role, checkedProfile, validationTime),
        };
        return true;
    }

    private static IReadOnlyList<ProfileCheckResult> Checks(
        ParsedCertificate c, CertificateKind kind, CertificateRole? role, SecurityProfile? profile, DateTimeOffset? time)
    {
        var checks = new List<ProfileCheckResult>();
        void Add(ChainRule rule, RuleViolation? violation) =>
            checks.Add(new ProfileCheckResult(violation?.Rule ?? rule, violation is null, violation?.Message ?? "ok"));

        Add(ChainRule.Version, SingleCertificateChecks.Version(c));
        Add(ChainRule.SerialNumber, SingleCertificateChecks.SerialNumber(c));
        Add(ChainRule.Malformed, SingleCertificateChecks.AlgorithmConsistency(c));
        Add(ChainRule.UnknownCriticalExtension, SingleCertificateChecks.CriticalExtensions(c));
        if (profile is { } p)
        {
            Add(ChainRule.ProfileKeyAlgorithm, SingleCertificateChecks.ProfileKey(c, p));
            Add(ChainRule.ProfileSignatureAlgorithm, SingleCertificateChecks.ProfileSignature(c, p));
        }
        else
        {
            Add(ChainRule.ProfileKeyAlgorithm, new RuleViolation(ChainRule.ProfileKeyAlgorithm,
                $"key {ProfileAlgorithms.DescribeKey(c)} fits no ISO 15118 profile"));
        }

        if (time is { } t)
        {
            RuleViolation? validity = SingleCertificateChecks.Validity(c, t);
            Add(validity?.Rule ?? ChainRule.Expired, validity);
        }

        if (kind == CertificateKind.Root)
        {
            bool verifies = CertificateSignatureVerifier.Verify(c, c, out string reason);
            Add(ChainRule.Signature, verifies ? null : new RuleViolation(ChainRule.Signature, $"self-signature: {reason}"));
        }

        if (kind != CertificateKind.Leaf)
        {
            Add(ChainRule.IssuerKeyUsage, SingleCertificateChecks.Issuer(c));
        }
        else
        {
            Add(ChainRule.LeafBasicConstraints, SingleCertificateChecks.LeafBasicConstraints(c));
            if (role is { } r)
            {
                Add(ChainRule.LeafKeyUsage, SingleCertificateChecks.LeafKeyUsage(c, r));
                Add(ChainRule.DomainComponent, SingleCertificateChecks.DomainComponent(c, r));
                if (r is CertificateRole.Contract or CertificateRole.OemProvisioning)
                {
                    Add(r == CertificateRole.Contract ? ChainRule.ContractIdentifier : ChainRule.ProvisioningIdentifier,
                        SingleCertificateChecks.Identifier(c, r));
                }
            }
        }

        return checks;
    }

    private static CertificateRole? LikelyRole(ParsedCertificate c)
    {
        string? dc = c.DomainComponents.Count == 1 ? c.DomainComponents[0].ToUpperInvariant() : null;
        switch (dc)
        {
            case "CPO": return CertificateRole.Secc;
            case "CPS": return CertificateRole.Cps;
            case "MO": return CertificateRole.Contract;
            case "OEM": return CertificateRole.OemProvisioning;
        }

        if (IdentifierSyntax.LooksLikeEmaid(c.CommonName))
        {
            return CertificateRole.Contract;
        }

        if (IdentifierSyntax.LooksLikePcid(c.CommonName))
        {
            return CertificateRole.OemProvisioning;
        }

        return c.KeyUsage switch
        {
            X509KeyUsageFlags.DigitalSignature => CertificateRole.Cps,
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement => CertificateRole.Secc,
            _ => null,
        };
    }

    private static SecurityProfile? ProfileOfKey(ParsedCertificate c) =>
        Enum.GetValues<SecurityProfile>().Select(p => (SecurityProfile?)p)
            .FirstOrDefault(p => ProfileAlgorithms.For(p!.Value).KeyMatches(c));
}
