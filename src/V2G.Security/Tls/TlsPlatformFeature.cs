namespace V2G.Security.Tls;

/// <summary>The parts of the ISO 15118 TLS profile whose support depends on the platform's TLS stack.</summary>
public enum TlsPlatformFeature
{
    /// <summary>Restricting the cipher suites (<see cref="System.Net.Security.CipherSuitesPolicy"/>): ISO 15118-2 Table 7, -20 Table 6.</summary>
    CipherSuitePolicy,

    /// <summary>TLS 1.3, which ISO 15118-20 requires.</summary>
    Tls13,

    /// <summary>TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256 of ISO 15118-2 Table 7 (static ECDH).</summary>
    StaticEcdhCipherSuite,

    /// <summary>A server that does not ask for a client certificate, as ISO 15118-2 (SECC-only authentication) requires.</summary>
    ServerWithoutClientAuthentication,

    /// <summary>Mutual authentication with a client certificate, as ISO 15118-20 requires.</summary>
    MutualAuthentication,

    /// <summary>Presenting an Ed448 certificate (profile <see cref="SecurityProfile.Iso20Ed448"/>) as a TLS credential.</summary>
    Ed448Credential,

    /// <summary>Choosing the key exchange groups (ISO 15118-20 Table 7: secp521r1 and x448 only).</summary>
    NamedGroupSelection,

    /// <summary>Choosing the signature schemes (ISO 15118-20 Table 8).</summary>
    SignatureSchemeSelection,

    /// <summary>Reading the OCSP response the server stapled, in the client's certificate callback.</summary>
    StapledOcspResponseToClient,

    /// <summary>Stapling an OCSP response the caller supplies (rather than one the platform fetches itself) on the server.</summary>
    ServerStaplingOfGivenResponse,
}
