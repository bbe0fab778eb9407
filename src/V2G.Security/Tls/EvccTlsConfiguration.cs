namespace V2G.Security.Tls;

/// <summary>How the EVCC (TLS client) validates the SECC and, for ISO 15118-20, which vehicle certificate it presents.</summary>
public sealed record EvccTlsConfiguration
{
    /// <summary>
    /// The profile, when the supported application protocol is already agreed: ISO 15118-2 offers TLS 1.2 only, ISO 15118-20
    /// TLS 1.3 only. Null offers both and validates the SECC chain with the profile the negotiated protocol implies
    /// (<see cref="V2GTlsParameters.ProfileFor"/>). <see cref="SecurityProfile.Iso20Ed448"/> is refused.
    /// </summary>
    public SecurityProfile? Profile { get; init; }

    /// <summary>
    /// How the SECC chain is validated: role <see cref="Certificates.CertificateRole.Secc"/>, the car's V2G roots, the clock
    /// and revocation. The OCSP response a SECC staples cannot be read on .NET
    /// (<see cref="TlsPlatformSupport.StapledOcspResponseToClient"/> is false): give a
    /// <see cref="TlsPeerValidation.RevocationChecker"/> that answers from OCSP responses obtained otherwise (for ISO 15118-2
    /// the SECC may not be online, so such a checker typically uses cached responses), or say Ignore explicitly.
    /// </summary>
    public required TlsPeerValidation SeccValidation { get; init; }

    /// <summary>
    /// The vehicle certificate chain (OEM PKI) to present when the SECC asks for it: required for ISO 15118-20, never sent
    /// for ISO 15118-2 (which has no client authentication).
    /// </summary>
    public TlsCredential? VehicleCredential { get; init; }

    /// <summary>
    /// The server name sent in SNI; empty (no SNI) unless set. ISO 15118 reaches the SECC by IPv6 address and does not bind
    /// its certificate to a host name, so the platform's name check is not applied.
    /// </summary>
    public string TargetHost { get; init; } = string.Empty;
}
