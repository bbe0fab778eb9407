namespace V2G.Security.Tls;

/// <summary>Why the certificate of the other side was refused in the handshake.</summary>
public enum TlsPeerRefusal
{
    /// <summary>Not refused: the chain is valid for the role.</summary>
    None,

    /// <summary>The peer sent no certificate although one is required.</summary>
    NoCertificate,

    /// <summary>The chain broke a rule; <see cref="TlsPeerVerdict.Chain"/> names the rule and the certificate.</summary>
    ChainInvalid,

    /// <summary>The negotiated protocol implies no ISO 15118 profile (neither TLS 1.2 nor TLS 1.3) and none was configured.</summary>
    UnknownProfile,

    /// <summary>The platform reported an error our validator cannot override (anything but chain and name errors).</summary>
    PlatformError,
}
