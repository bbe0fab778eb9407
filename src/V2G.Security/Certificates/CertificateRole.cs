namespace V2G.Security.Certificates;

/// <summary>The leaf roles of the Plug'n'Charge PKI, each validated against its own trust anchors and profile rules.</summary>
public enum CertificateRole
{
    /// <summary>A charging station's TLS certificate (CPO chain to a V2G root; DC=CPO), validated by the EVCC.</summary>
    Secc,

    /// <summary>A Certificate Provisioning Service signing certificate (CPS chain to a V2G root; DC=CPS), validated by the EVCC.</summary>
    Cps,

    /// <summary>A contract certificate (MO chain to an MO root, or to a V2G root through a cross-signed MO Sub-CA 1; DC=MO, CN=eMAID), validated by the SECC.</summary>
    Contract,

    /// <summary>A vehicle's OEM provisioning certificate (OEM chain to an OEM root; DC=OEM, CN=PCID), validated by SECC, MO and CPS.</summary>
    OemProvisioning,

    /// <summary>
    /// The MO Sub-CA 2 that signs the SalesTariff of ISO 15118-2 (and, by analogy, the price schedules of ISO 15118-20):
    /// a CA certificate of the MO chain (pathLen 0) with digitalSignature, DC=MO, to an MO root or a V2G root; the EVCC
    /// validates it as the Sub-CA 2 of its contract chain.
    /// </summary>
    TariffSigner,

    /// <summary>
    /// The ISO 15118-20 vehicle certificate, the EVCC's TLS client certificate for mutual authentication (OEM chain
    /// to an OEM root; DC=OEM; digitalSignature, keyAgreement allowed), validated by the SECC. Its CN carries no
    /// identifier rule (unlike the provisioning certificate's PCID).
    /// </summary>
    Vehicle,
}
