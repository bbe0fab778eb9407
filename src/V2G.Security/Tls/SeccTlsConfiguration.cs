namespace V2G.Security.Tls;

/// <summary>What the SECC (TLS server) presents and, for ISO 15118-20, how it validates the vehicle.</summary>
public sealed record SeccTlsConfiguration
{
    /// <summary>
    /// The profile: <see cref="SecurityProfile.Iso2"/> gives TLS 1.2 without client authentication,
    /// <see cref="SecurityProfile.Iso20Secp521"/> TLS 1.3 with a required client certificate.
    /// <see cref="SecurityProfile.Iso20Ed448"/> is refused (<see cref="TlsPlatformFeature.Ed448Credential"/>).
    /// </summary>
    public required SecurityProfile Profile { get; init; }

    /// <summary>The SECC certificate (CPO chain: leaf, CPO Sub-CA 2, CPO Sub-CA 1) with the leaf's private key.</summary>
    public required TlsCredential Credential { get; init; }

    /// <summary>
    /// ISO 15118-20 only (required there, ignored for ISO 15118-2): how the vehicle's client certificate is validated.
    /// ISO 15118-20 calls it the vehicle certificate: the EVCC's TLS credential issued in the OEM PKI (OEM root, OEM Sub-CA 1,
    /// OEM Sub-CA 2, leaf with DC=OEM), so the SECC needs the OEM roots as <see cref="TlsPeerValidation.TrustAnchors"/> and
    /// the role <see cref="Certificates.CertificateRole.Vehicle"/> (<see cref="Certificates.CertificateRole.OemProvisioning"/>
    /// also works for a car that presents its provisioning certificate, and additionally requires a PCID as CN).
    /// </summary>
    public TlsPeerValidation? VehicleValidation { get; init; }
}
