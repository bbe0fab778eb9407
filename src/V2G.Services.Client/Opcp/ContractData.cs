using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace V2G.Services.Client.Opcp;

/// <summary>The body of <c>PUT /v1/ccp/signedContractData</c> (OPCP <c>SignedContractDataRequest</c>).</summary>
public sealed record SignedContractDataUpload
{
    /// <summary>The namespace the data is encoded for.</summary>
    [JsonPropertyName("xsdMsgDefNamespace")]
    public string? XsdMsgDefNamespace { get; init; }

    /// <summary>The contract's eMAID.</summary>
    [JsonPropertyName("emaid")]
    public string? Emaid { get; init; }

    /// <summary>The vehicle's PCID.</summary>
    [JsonPropertyName("pcid")]
    public string? Pcid { get; init; }

    /// <summary>The CPS-signed CertificateInstallationRes as base64 EXI (OPCP's name, though the data is EXI).</summary>
    [JsonPropertyName("signedContractDataXML")]
    public string? SignedContractData { get; init; }

    /// <summary>Free text.</summary>
    [JsonPropertyName("metadata")]
    public string? Metadata { get; init; }
}

/// <summary>The body of <c>POST /v1/ccp/signedContractData</c> (OPCP <c>GetSignedContractDataRequest</c>).</summary>
/// <param name="CertificateInstallationReq">The car's CertificateInstallationReq, base64 EXI.</param>
/// <param name="XsdMsgDefNamespace">Its namespace.</param>
/// <param name="Metadata">Free text.</param>
public sealed record SignedContractDataExchangeRequest(
    [property: JsonPropertyName("certificateInstallationReq")] string? CertificateInstallationReq,
    [property: JsonPropertyName("xsdMsgDefNamespace")] string? XsdMsgDefNamespace,
    [property: JsonPropertyName("metadata")] string? Metadata = null);

/// <summary>The answer of the exchange (OPCP <c>GetSignedContractDataResponse</c>).</summary>
/// <param name="CcpResponse">The contents.</param>
public sealed record SignedContractDataExchangeResponse([property: JsonPropertyName("CCPResponse")] CcpResponse? CcpResponse);

/// <summary>The contents of <see cref="SignedContractDataExchangeResponse"/>.</summary>
/// <param name="EmaidContent">One entry per delivered contract.</param>
public sealed record CcpResponse([property: JsonPropertyName("emaidContent")] IReadOnlyList<EmaidContent>? EmaidContent);

/// <summary>One delivered contract.</summary>
/// <param name="MessageDef">The response and its eMAID.</param>
public sealed record EmaidContent([property: JsonPropertyName("messageDef")] MessageDef? MessageDef);

/// <summary>A delivered CertificateInstallationRes.</summary>
/// <param name="CertificateInstallationRes">The signed response, base64 EXI.</param>
/// <param name="Emaid">The contract's eMAID.</param>
/// <param name="MetaData">Free text.</param>
/// <param name="ContractKeyAgreementPublicKey">
/// Ed448 profile only, an addition to OPCP: the base64 X448 public key of the delivered contract key, which the Ed448 contract
/// certificate cannot carry; the vehicle checks the decrypted key against it.
/// </param>
public sealed record MessageDef(
    [property: JsonPropertyName("certificateInstallationRes")] string? CertificateInstallationRes,
    [property: JsonPropertyName("emaid")] string? Emaid,
    [property: JsonPropertyName("metaData")] string? MetaData = null,
    [property: JsonPropertyName("contractKeyAgreementPublicKey")] string? ContractKeyAgreementPublicKey = null);

/// <summary>The answer of the lookups by eMAID or PCID (OPCP <c>LookupContractResponse</c>).</summary>
/// <param name="XmlContracts">The matching contracts.</param>
public sealed record ContractLookupResponse([property: JsonPropertyName("XMLContracts")] IReadOnlyList<ContractSummary>? XmlContracts);

/// <summary>One contract of a lookup.</summary>
public sealed record ContractSummary
{
    /// <summary>The vehicle's PCID.</summary>
    [JsonPropertyName("pcid")]
    public string? Pcid { get; init; }

    /// <summary>The eMAID.</summary>
    [JsonPropertyName("emaid")]
    public string? Emaid { get; init; }

    /// <summary>The namespace.</summary>
    [JsonPropertyName("xsdMsgDefNamespace")]
    public string? XsdMsgDefNamespace { get; init; }

    /// <summary>The contract certificate, DER base64.</summary>
    [JsonPropertyName("contractCertificate")]
    public string? ContractCertificate { get; init; }

    /// <summary>Whether it is the vehicle's default contract.</summary>
    [JsonPropertyName("defaultContract")]
    public bool DefaultContract { get; init; }

    /// <summary>The certificate's notBefore.</summary>
    [JsonPropertyName("certValidFrom")]
    public DateTimeOffset? CertValidFrom { get; init; }

    /// <summary>The certificate's notAfter.</summary>
    [JsonPropertyName("certValidTo")]
    public DateTimeOffset? CertValidTo { get; init; }
}

/// <summary>The answer of <c>GET /v1/ccp/provideSignedContractData/{emaid}/{pcid}</c> (OPCP <c>ProvideContractDataResponse</c>).</summary>
/// <param name="CertificateInstallationRes">The signed response, base64 EXI.</param>
/// <param name="XsdMsgDefNamespace">Its namespace.</param>
public sealed record ProvideContractDataResponse(
    [property: JsonPropertyName("certificateInstallationRes")] string? CertificateInstallationRes,
    [property: JsonPropertyName("xsdMsgDefNamespace")] string? XsdMsgDefNamespace);
