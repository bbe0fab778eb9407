using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Security;
using System.Security.Authentication;

namespace V2G.Security.Tls;

/// <summary>
/// The TLS versions and cipher suites ISO 15118 prescribes, per security profile.
/// ISO 15118-2, 7.7.3 ([V2G2-067], [V2G2-602], Table 7): TLS 1.2 with TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 and
/// TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256; the static-ECDH suite is not available with OpenSSL 3 (see
/// <see cref="TlsPlatformFeature.StaticEcdhCipherSuite"/>), so only the ECDHE suite is offered.
/// ISO 15118-20:2022, 7.7.3.4 ([V2G20-2458], [V2G20-2459], [V2G20-1856], Table 6): TLS 1.3 with TLS_AES_256_GCM_SHA384 then
/// TLS_CHACHA20_POLY1305_SHA256, in this order of preference. TLS_AES_128_GCM_SHA256 is not in Table 6.
/// </summary>
public static class V2GTlsParameters
{
    /// <summary>The ISO 15118-2 suites this platform can negotiate, most preferred first.</summary>
    public static IReadOnlyList<TlsCipherSuite> Iso2CipherSuites { get; } =
        [TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256];

    /// <summary>The ISO 15118-2 Table 7 suite that OpenSSL 3 no longer implements (static ECDH, no forward secrecy).</summary>
    public static TlsCipherSuite Iso2StaticEcdhCipherSuite => TlsCipherSuite.TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256;

    /// <summary>The ISO 15118-20 suites (Table 6), most preferred first.</summary>
    public static IReadOnlyList<TlsCipherSuite> Iso20CipherSuites { get; } =
        [TlsCipherSuite.TLS_AES_256_GCM_SHA384, TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256];

    /// <summary>TLS 1.2 for ISO 15118-2, TLS 1.3 for both ISO 15118-20 profiles.</summary>
    /// <param name="profile">The security profile.</param>
    /// <returns>The one protocol version the profile allows.</returns>
    public static SslProtocols ProtocolFor(SecurityProfile profile) =>
        profile == SecurityProfile.Iso2 ? SslProtocols.Tls12 : SslProtocols.Tls13;

    /// <summary>The cipher suites of <paramref name="profile"/>, most preferred first.</summary>
    /// <param name="profile">The security profile.</param>
    /// <returns>The suites.</returns>
    public static IReadOnlyList<TlsCipherSuite> CipherSuitesFor(SecurityProfile profile) =>
        profile == SecurityProfile.Iso2 ? Iso2CipherSuites : Iso20CipherSuites;

    /// <summary>
    /// The policy restricting a handshake to <paramref name="profile"/>'s suites, or to both profiles' suites when it is null;
    /// null on Windows, where the helpers refuse to run (<see cref="TlsPlatformFeature.CipherSuitePolicy"/>).
    /// </summary>
    /// <param name="profile">The profile, or null for a client that accepts either.</param>
    /// <returns>The policy.</returns>
    public static CipherSuitesPolicy? PolicyFor(SecurityProfile? profile)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        return new CipherSuitesPolicy(profile is { } p ? CipherSuitesFor(p) : Iso20CipherSuites.Concat(Iso2CipherSuites));
    }

    /// <summary>True when mutual authentication is mandatory: ISO 15118-20 only (ISO 15118-2 authenticates the SECC alone).</summary>
    /// <param name="profile">The security profile.</param>
    /// <returns>True for the ISO 15118-20 profiles.</returns>
    public static bool RequiresClientCertificate(SecurityProfile profile) => profile != SecurityProfile.Iso2;

    /// <summary>The profile a negotiated protocol implies: TLS 1.2 is ISO 15118-2, TLS 1.3 is ISO 15118-20 (P-521 unless stated).</summary>
    /// <param name="protocol">The negotiated protocol.</param>
    /// <returns>The profile, or null for any other protocol version.</returns>
    public static SecurityProfile? ProfileFor(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls12 => SecurityProfile.Iso2,
        SslProtocols.Tls13 => SecurityProfile.Iso20Secp521,
        _ => null,
    };
}
