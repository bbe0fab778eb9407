using System.Security.Cryptography.X509Certificates;

namespace V2G.Security.Certificates;

/// <summary>
/// What the ISO 15118 profile asks of the leaf of each role. Key usages are split into required (every one must be present)
/// and allowed (may be present besides); anything else, in particular keyCertSign and cRLSign, is refused.
/// <list type="bullet">
/// <item>SECC: digitalSignature + keyAgreement required (TLS ECDHE/ECDSA), nothing else allowed; DC=CPO.</item>
/// <item>CPS: digitalSignature required (signs contract data), nonRepudiation allowed; DC=CPS.</item>
/// <item>Contract: digitalSignature required (AuthorizationReq, MeteringReceiptReq); nonRepudiation and keyAgreement allowed
///   (the PKI issues both: metering receipts, and the contract key as the ECDH recipient of CertificateUpdateRes); DC=MO, CN=eMAID.</item>
/// <item>OEM provisioning: digitalSignature (signs CertificateInstallationReq) + keyAgreement (ECDH recipient of the contract
///   key) required, nothing else allowed; DC=OEM, CN=PCID.</item>
/// <item>Tariff signer (MO Sub-CA 2): digitalSignature required (signs SalesTariff), nonRepudiation and its CA usages
///   keyCertSign + cRLSign allowed; DC=MO. The one "leaf" that is a CA.</item>
/// <item>Vehicle (ISO 15118-20 TLS client): digitalSignature required (CertificateVerify), keyAgreement allowed; DC=OEM.</item>
/// </list>
/// </summary>
internal sealed record LeafRoleRequirements(string DomainComponent, X509KeyUsageFlags Required, X509KeyUsageFlags Allowed)
{
    public static LeafRoleRequirements For(CertificateRole role) => role switch
    {
        CertificateRole.Secc => new("CPO", DigitalSignature | KeyAgreement, DigitalSignature | KeyAgreement),
        CertificateRole.Cps => new("CPS", DigitalSignature, DigitalSignature | NonRepudiation),
        CertificateRole.Contract => new("MO", DigitalSignature, DigitalSignature | NonRepudiation | KeyAgreement),
        CertificateRole.OemProvisioning => new("OEM", DigitalSignature | KeyAgreement, DigitalSignature | KeyAgreement),
        CertificateRole.TariffSigner => new("MO", DigitalSignature, DigitalSignature | NonRepudiation | KeyCertSign | CrlSign),
        CertificateRole.Vehicle => new("OEM", DigitalSignature, DigitalSignature | KeyAgreement),
        _ => throw new System.ArgumentOutOfRangeException(nameof(role), role, "Unknown certificate role"),
    };

    private const X509KeyUsageFlags DigitalSignature = X509KeyUsageFlags.DigitalSignature;
    private const X509KeyUsageFlags KeyAgreement = X509KeyUsageFlags.KeyAgreement;
    private const X509KeyUsageFlags NonRepudiation = X509KeyUsageFlags.NonRepudiation;
    private const X509KeyUsageFlags KeyCertSign = X509KeyUsageFlags.KeyCertSign;
    private const X509KeyUsageFlags CrlSign = X509KeyUsageFlags.CrlSign;
}
