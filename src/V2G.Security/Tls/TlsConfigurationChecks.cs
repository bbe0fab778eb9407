using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Tls;

/// <summary>The checks both helpers make before they hand options to SslStream.</summary>
internal static class TlsConfigurationChecks
{
    private const string Ed448Oid = "1.3.101.113";

    /// <summary>Null when the platform can run <paramref name="profile"/>, else why not.</summary>
    public static TlsConfigurationProblem? Platform(SecurityProfile profile)
    {
        if (profile == SecurityProfile.Iso20Ed448)
        {
            return Unsupported(TlsPlatformFeature.Ed448Credential);
        }

        if (!TlsPlatformSupport.IsSupported(TlsPlatformFeature.CipherSuitePolicy))
        {
            return Unsupported(TlsPlatformFeature.CipherSuitePolicy);
        }

        return profile != SecurityProfile.Iso2 && !TlsPlatformSupport.IsSupported(TlsPlatformFeature.Tls13)
            ? Unsupported(TlsPlatformFeature.Tls13)
            : null;
    }

    /// <summary>Null when <paramref name="credential"/> can be presented under <paramref name="profile"/>, else why not.</summary>
    public static TlsConfigurationProblem? Credential(TlsCredential? credential, SecurityProfile profile, string what)
    {
        if (credential?.Leaf is null || credential.SubCertificates is null || credential.SubCertificates.Any(c => c is null))
        {
            return new(TlsConfigurationProblemKind.MissingSetting, $"no {what} (leaf and sub-CAs) was given");
        }

        X509Certificate2 leaf = credential.Leaf;
        if (leaf.PublicKey.Oid.Value == Ed448Oid)
        {
            return Unsupported(TlsPlatformFeature.Ed448Credential);
        }

        if (!leaf.HasPrivateKey)
        {
            return new(TlsConfigurationProblemKind.NoPrivateKey, $"the {what} '{leaf.Subject}' has no private key");
        }

        using ECDsa? key = leaf.GetECDsaPublicKey();
        int expected = profile == SecurityProfile.Iso2 ? 256 : 521;
        return key?.KeySize == expected
            ? null
            : new(TlsConfigurationProblemKind.KeyNotOfProfile,
                $"the {what} '{leaf.Subject}' has a {(key is null ? "non-ECDSA" : $"{key.KeySize}-bit EC")} key, "
                + $"profile {profile} needs {(expected == 256 ? "P-256" : "P-521")}");
    }

    /// <summary>Null when <paramref name="validation"/> can validate a peer with <paramref name="role"/>, else why not.</summary>
    public static TlsConfigurationProblem? Validation(TlsPeerValidation? validation, Certificates.CertificateRole? role, string what)
    {
        if (validation?.TrustAnchors is not { Count: > 0 })
        {
            return new(TlsConfigurationProblemKind.MissingSetting, $"no trust anchors were given to validate the {what}");
        }

        return role is null || validation.Role == role
            ? null
            : new(TlsConfigurationProblemKind.WrongRole, $"the {what} must be validated as {role}, not {validation.Role}");
    }

    private static TlsConfigurationProblem Unsupported(TlsPlatformFeature feature) =>
        new(TlsConfigurationProblemKind.PlatformUnsupported, TlsPlatformSupport.Get(feature).ToString());
}
