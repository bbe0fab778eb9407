using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Certificates;

/// <summary>The profile rules that concern one certificate alone; used by chain validation and by inspection.</summary>
internal static class SingleCertificateChecks
{
    private static readonly HashSet<string> UnderstoodExtensions =
    [
        CertificateOids.BasicConstraints, CertificateOids.KeyUsage, CertificateOids.SubjectKeyIdentifier,
        CertificateOids.AuthorityKeyIdentifier, CertificateOids.ExtendedKeyUsage, CertificateOids.SubjectAltName,
        CertificateOids.CrlDistributionPoints, CertificateOids.AuthorityInformationAccess,
    ];

    public static RuleViolation? Structure(ParsedCertificate c) =>
        Version(c) ?? SerialNumber(c) ?? AlgorithmConsistency(c) ?? CriticalExtensions(c);

    public static RuleViolation? Version(ParsedCertificate c) => c.Version == 3
        ? null
        : new(ChainRule.Version, $"X.509 version {c.Version}; the profile requires version 3");

    public static RuleViolation? SerialNumber(ParsedCertificate c) => c.SerialNumber.All(b => b == 0) || (c.SerialNumber[0] & 0x80) != 0
        ? new(ChainRule.SerialNumber, $"serial number {Convert.ToHexString(c.SerialNumber)} is not positive")
        : null;

    public static RuleViolation? AlgorithmConsistency(ParsedCertificate c) => c.SignatureAlgorithmOid == c.TbsSignatureAlgorithmOid
        ? null
        : new(ChainRule.Malformed, $"outer signature algorithm {CertificateOids.Describe(c.SignatureAlgorithmOid)} differs from "
            + $"the TBS one {CertificateOids.Describe(c.TbsSignatureAlgorithmOid)}");

    public static RuleViolation? CriticalExtensions(ParsedCertificate c)
    {
        CertificateExtension? unknown = c.Extensions.FirstOrDefault(e => e.Critical && !UnderstoodExtensions.Contains(e.Oid));
        return unknown is null ? null : new(ChainRule.UnknownCriticalExtension, $"critical extension {unknown.Oid} is not understood");
    }

    public static RuleViolation? ProfileKey(ParsedCertificate c, SecurityProfile profile)
    {
        ProfileAlgorithms expected = ProfileAlgorithms.For(profile);
        return expected.KeyMatches(c)
            ? null
            : new(ChainRule.ProfileKeyAlgorithm,
                $"key is {ProfileAlgorithms.DescribeKey(c)}; profile {profile} requires {expected.KeyDescription}");
    }

    public static RuleViolation? ProfileSignature(ParsedCertificate c, SecurityProfile profile)
    {
        ProfileAlgorithms expected = ProfileAlgorithms.For(profile);
        return c.SignatureAlgorithmOid == expected.SignatureAlgorithmOid
            ? null
            : new(ChainRule.ProfileSignatureAlgorithm, $"signed with {CertificateOids.Describe(c.SignatureAlgorithmOid)}; "
                + $"profile {profile} requires {CertificateOids.Describe(expected.SignatureAlgorithmOid)}");
    }

    public static RuleViolation? Validity(ParsedCertificate c, DateTimeOffset time)
    {
        if (time > c.NotAfter)
        {
            return new(ChainRule.Expired, $"expired: notAfter {Format(c.NotAfter)} is before the validation time {Format(time)}");
        }

        return time < c.NotBefore
            ? new(ChainRule.NotYetValid, $"not yet valid: notBefore {Format(c.NotBefore)} is after the validation time {Format(time)}")
            : null;
    }

    /// <summary>basicConstraints CA:true and keyUsage keyCertSign, as every issuing certificate needs.</summary>
    public static RuleViolation? Issuer(ParsedCertificate c)
    {
        if (c.BasicConstraints is null)
        {
            return new(ChainRule.IssuerNotCa, "issues certificates but has no basicConstraints extension");
        }

        if (!c.BasicConstraints.IsCa)
        {
            return new(ChainRule.IssuerNotCa, "issues certificates but basicConstraints says CA:false");
        }

        if (c.KeyUsage is not { } usage)
        {
            return new(ChainRule.IssuerKeyUsage, "issues certificates but has no keyUsage extension (keyCertSign required)");
        }

        return (usage & X509KeyUsageFlags.KeyCertSign) == 0
            ? new(ChainRule.IssuerKeyUsage, $"issues certificates but keyUsage is {Describe(usage)} without keyCertSign")
            : null;
    }

    public static RuleViolation? LeafBasicConstraints(ParsedCertificate c) => c.BasicConstraints switch
    {
        null => new(ChainRule.LeafBasicConstraints, "the leaf has no basicConstraints extension; the profile requires CA:false"),
        { IsCa: true } => new(ChainRule.LeafBasicConstraints, "the leaf has basicConstraints CA:true; a leaf must be CA:false"),
        _ => null,
    };

    public static RuleViolation? LeafKeyUsage(ParsedCertificate c, CertificateRole role)
    {
        LeafRoleRequirements requirements = LeafRoleRequirements.For(role);
        if (c.KeyUsage is not { } usage)
        {
            return new(ChainRule.LeafKeyUsage, $"no keyUsage extension; a {role} leaf requires {Describe(requirements.Required)}");
        }

        X509KeyUsageFlags missing = requirements.Required & ~usage;
        if (missing != 0)
        {
            return new(ChainRule.LeafKeyUsage, $"keyUsage {Describe(usage)} lacks {Describe(missing)} required for a {role} leaf");
        }

        X509KeyUsageFlags extra = usage & ~requirements.Allowed;
        return extra != 0
            ? new(ChainRule.LeafKeyUsage, $"keyUsage {Describe(usage)} has {Describe(extra)}, not allowed for a {role} leaf")
            : null;
    }

    public static RuleViolation? DomainComponent(ParsedCertificate c, CertificateRole role)
    {
        string expected = LeafRoleRequirements.For(role).DomainComponent;
        if (c.DomainComponents.Count == 1 && string.Equals(c.DomainComponents[0], expected, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string found = c.DomainComponents.Count == 0 ? "no DC" : "DC=" + string.Join(",", c.DomainComponents);
        return new(ChainRule.DomainComponent, $"subject has {found}; a {role} leaf must have exactly DC={expected}");
    }

    public static RuleViolation? Identifier(ParsedCertificate c, CertificateRole role) => role switch
    {
        CertificateRole.Contract when IdentifierSyntax.EmaidProblem(c.CommonName) is { } problem => new(ChainRule.ContractIdentifier,
            $"CN '{c.CommonName}' is not an eMAID: {problem}"),
        CertificateRole.OemProvisioning when IdentifierSyntax.PcidProblem(c.CommonName) is { } problem => new(ChainRule.ProvisioningIdentifier,
            $"CN '{c.CommonName}' is not a PCID: {problem}"),
        _ => null,
    };

    /// <summary>The leaf rules of a role, in the order chain validation applies them.</summary>
    public static RuleViolation? Leaf(ParsedCertificate c, CertificateRole role) =>
        (role == CertificateRole.TariffSigner ? SignerCaBasicConstraints(c) : LeafBasicConstraints(c))
        ?? LeafKeyUsage(c, role) ?? DomainComponent(c, role) ?? Identifier(c, role);

    /// <summary>The tariff signer is the MO Sub-CA 2: CA:true with pathLen 0, issuing leaves only.</summary>
    public static RuleViolation? SignerCaBasicConstraints(ParsedCertificate c) => c.BasicConstraints switch
    {
        { IsCa: true, PathLength: 0 } => null,
        null => new(ChainRule.LeafBasicConstraints, "the tariff signer has no basicConstraints; an MO Sub-CA 2 is CA:true with pathLen 0"),
        _ => new(ChainRule.LeafBasicConstraints, "the tariff signer must be an MO Sub-CA 2 (CA:true, pathLen 0)"),
    };

    public static string Describe(X509KeyUsageFlags usage) => usage == X509KeyUsageFlags.None ? "none" : usage.ToString();

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
