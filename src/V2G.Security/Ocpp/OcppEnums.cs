using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>OCPP HashAlgorithmEnumType: the hash of a CertificateHashDataType / OCSPRequestDataType.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OcppHashAlgorithm>))]
public enum OcppHashAlgorithm
{
    /// <summary>"SHA256".</summary>
    [JsonStringEnumMemberName("SHA256")] Sha256,

    /// <summary>"SHA384".</summary>
    [JsonStringEnumMemberName("SHA384")] Sha384,

    /// <summary>"SHA512".</summary>
    [JsonStringEnumMemberName("SHA512")] Sha512,
}

/// <summary>OCPP GetCertificateIdUseEnumType: what a CertificateHashDataChainType describes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OcppCertificateType>))]
public enum OcppCertificateType
{
    /// <summary>"V2GRootCertificate".</summary>
    [JsonStringEnumMemberName("V2GRootCertificate")] V2GRootCertificate,

    /// <summary>"MORootCertificate".</summary>
    [JsonStringEnumMemberName("MORootCertificate")] MORootCertificate,

    /// <summary>"CSMSRootCertificate".</summary>
    [JsonStringEnumMemberName("CSMSRootCertificate")] CSMSRootCertificate,

    /// <summary>"V2GCertificateChain": the SECC leaf with its sub-CAs as children.</summary>
    [JsonStringEnumMemberName("V2GCertificateChain")] V2GCertificateChain,

    /// <summary>"ManufacturerRootCertificate".</summary>
    [JsonStringEnumMemberName("ManufacturerRootCertificate")] ManufacturerRootCertificate,

    /// <summary>"OEMRootCertificate" (OCPP 2.1 only).</summary>
    [JsonStringEnumMemberName("OEMRootCertificate")] OEMRootCertificate,
}

/// <summary>OCPP CertificateActionEnumType of Get15118EVCertificateRequest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OcppCertificateAction>))]
public enum OcppCertificateAction
{
    /// <summary>"Install": the car sent CertificateInstallationReq.</summary>
    [JsonStringEnumMemberName("Install")] Install,

    /// <summary>"Update": the car sent CertificateUpdateReq.</summary>
    [JsonStringEnumMemberName("Update")] Update,
}

/// <summary>OCPP Iso15118EVCertificateStatusEnumType / GetCertificateStatusEnumType: "Accepted" or "Failed".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OcppResponseStatus>))]
public enum OcppResponseStatus
{
    /// <summary>"Accepted".</summary>
    [JsonStringEnumMemberName("Accepted")] Accepted,

    /// <summary>"Failed".</summary>
    [JsonStringEnumMemberName("Failed")] Failed,
}
