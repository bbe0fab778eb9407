using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;

namespace V2G.Security.Csr;

/// <summary>
/// The keyUsage a CSR of each role requests, taken from the validator's <see cref="LeafRoleRequirements"/>: the required
/// usages, and for a contract key also nonRepudiation and keyAgreement (metering receipts, and the ECDH recipient of
/// CertificateUpdateRes), as the test PKIs issue them.
/// </summary>
internal static class CsrKeyUsages
{
    public static X509KeyUsageFlags Requested(CertificateRole role)
    {
        LeafRoleRequirements requirements = LeafRoleRequirements.For(role);
        return role == CertificateRole.Contract ? requirements.Allowed : requirements.Required;
    }

    /// <summary>Why <paramref name="usage"/> does not fit the role, or null when it does.</summary>
    public static string? Problem(CertificateRole role, X509KeyUsageFlags usage)
    {
        LeafRoleRequirements requirements = LeafRoleRequirements.For(role);
        if ((usage & requirements.Required) != requirements.Required)
        {
            return $"a {role} leaf needs keyUsage {requirements.Required}, the request asks for {usage}";
        }

        X509KeyUsageFlags extra = usage & ~requirements.Allowed;
        return extra == X509KeyUsageFlags.None ? null : $"a {role} leaf may not have keyUsage {extra} (allowed: {requirements.Allowed})";
    }
}
