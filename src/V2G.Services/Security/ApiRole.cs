namespace V2G.Services.Security;

/// <summary>Who may call a write endpoint. An admin key is accepted wherever any role is.</summary>
public enum ApiRole
{
    /// <summary>Operates the service: root pool, revocations.</summary>
    Admin,

    /// <summary>A vehicle maker: uploads provisioning certificates.</summary>
    Oem,

    /// <summary>A mobility operator: uploads signed contract data, asks for contracts.</summary>
    Mo,

    /// <summary>A charge point operator: exchanges CertificateInstallationReq for signed contract data.</summary>
    Cpo,
}
