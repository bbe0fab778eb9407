namespace V2G.Security.Tls;

/// <summary>Why a TLS helper could not be configured.</summary>
public enum TlsConfigurationProblemKind
{
    /// <summary>A required setting is missing (credential, trust anchors).</summary>
    MissingSetting,

    /// <summary>The credential's leaf has no private key.</summary>
    NoPrivateKey,

    /// <summary>The credential's key does not follow the profile (P-256 for ISO 15118-2, P-521 for ISO 15118-20).</summary>
    KeyNotOfProfile,

    /// <summary>The peer validation names another role than the one this side must check.</summary>
    WrongRole,

    /// <summary>The platform's TLS cannot do what the profile requires (see <see cref="TlsPlatformSupport"/>).</summary>
    PlatformUnsupported,
}
