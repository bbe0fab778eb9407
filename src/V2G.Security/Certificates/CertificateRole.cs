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
}
