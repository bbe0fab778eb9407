using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Security;

namespace V2G.Security.Tls;

/// <summary>
/// What the .NET <see cref="SslStream"/> of this platform can and cannot do of the ISO 15118 TLS profile. The helpers
/// refuse a configuration that needs an unsupported feature (fail closed) instead of silently weakening it.
/// </summary>
public static class TlsPlatformSupport
{
    private static readonly Lazy<IReadOnlyList<TlsFeatureSupport>> Features = new(Probe);

    /// <summary>Every feature with its support on this platform.</summary>
    public static IReadOnlyList<TlsFeatureSupport> All => Features.Value;

    /// <summary>
    /// False: .NET keeps the OCSP response a server staples to itself (it may use it internally when it builds an
    /// <see cref="System.Security.Cryptography.X509Certificates.X509Chain"/> with online revocation) and exposes no API to
    /// read it in <see cref="RemoteCertificateValidationCallback"/>. The EVCC helper therefore cannot check stapled data
    /// with <see cref="Revocation.OcspResponseVerifier"/>; revocation comes from the caller's checker only.
    /// </summary>
    public static bool StapledOcspResponseToClient => false;

    /// <summary>The support of <paramref name="feature"/>.</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>Its entry in <see cref="All"/>.</returns>
    public static TlsFeatureSupport Get(TlsPlatformFeature feature) => All.First(f => f.Feature == feature);

    /// <summary>True when <paramref name="feature"/> is supported here.</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>Whether the helpers can provide it.</returns>
    public static bool IsSupported(TlsPlatformFeature feature) => Get(feature).IsSupported;

    private static IReadOnlyList<TlsFeatureSupport> Probe()
    {
        bool policy = CipherSuitesPolicyWorks();
        bool openSsl = OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD();
        return
        [
            new(TlsPlatformFeature.CipherSuitePolicy, policy, policy
                ? "CipherSuitesPolicy restricts the handshake to the profile's suites"
                : "CipherSuitesPolicy is not available on this OS (it is on Linux with OpenSSL): the helpers refuse to configure TLS"),
            new(TlsPlatformFeature.Tls13, openSsl, openSsl
                ? "TLS 1.3 through OpenSSL 1.1.1 or later"
                : "not verified on this OS: the ISO 15118-20 helpers are only tested on Linux with OpenSSL"),
            new(TlsPlatformFeature.StaticEcdhCipherSuite, false,
                "OpenSSL 1.1.0 and later removed static ECDH suites: only TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 of ISO 15118-2 "
                + "Table 7 is offered"),
            new(TlsPlatformFeature.ServerWithoutClientAuthentication, true,
                "ClientCertificateRequired = false sends no CertificateRequest, as ISO 15118-2 expects"),
            new(TlsPlatformFeature.MutualAuthentication, openSsl,
                "ClientCertificateRequired = true with our callback validating the vehicle chain; the client presents "
                + "its chain through SslStreamCertificateContext"),
            new(TlsPlatformFeature.Ed448Credential, false,
                "the BCL has no Ed448 key type, so an Ed448 certificate cannot carry a private key for SslStream: profile "
                + "Iso20Ed448 is refused on both sides (OpenSSL itself could negotiate ed448 in TLS 1.3)"),
            new(TlsPlatformFeature.NamedGroupSelection, false,
                "SslStream has no API for supported_groups: OpenSSL's default groups are offered (they include secp521r1 and "
                + "x448 of ISO 15118-20 Table 7, but also x25519, secp256r1 and secp384r1)"),
            new(TlsPlatformFeature.SignatureSchemeSelection, false,
                "SslStream has no API for signature_algorithms: OpenSSL's defaults apply; TLS 1.3 ties ecdsa_secp521r1_sha512 to "
                + "the P-521 key, so the ISO 15118-20 credentials still sign with the Table 8 scheme"),
            new(TlsPlatformFeature.StapledOcspResponseToClient, StapledOcspResponseToClient,
                "the stapled response is not exposed to RemoteCertificateValidationCallback; the EVCC helper uses the "
                + "caller's IRevocationChecker (e.g. cached OCSP responses) instead and never claims to have checked a staple"),
            new(TlsPlatformFeature.ServerStaplingOfGivenResponse, false,
                "SslStreamCertificateContext only staples responses it fetches itself from the AIA (offline: false); the "
                + "SECC helper creates its context offline, so nothing is stapled"),
        ];
    }

    private static bool CipherSuitesPolicyWorks()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            _ = new CipherSuitesPolicy(V2GTlsParameters.Iso2CipherSuites);
            return true;
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }
}
