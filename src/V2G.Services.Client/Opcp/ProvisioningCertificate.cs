using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace V2G.Services.Client.Opcp;

/// <summary>The body of <c>PUT /v1/oem/provCerts</c> (OPCP <c>ProvisioningCertificate</c>): a vehicle's OEM provisioning chain.</summary>
public sealed record ProvisioningCertificateUpload
{
    /// <summary>The OEM provisioning (vehicle) certificate, DER base64; its CN is the PCID.</summary>
    [JsonPropertyName("vehicleCertificate")]
    public string? VehicleCertificate { get; init; }

    /// <summary>OEM Sub-CA 1, DER base64.</summary>
    [JsonPropertyName("subCA1Certificate")]
    public string? SubCa1Certificate { get; init; }

    /// <summary>OEM Sub-CA 2, DER base64, if the chain has one.</summary>
    [JsonPropertyName("subCA2Certificate")]
    public string? SubCa2Certificate { get; init; }

    /// <summary>The vehicle's message namespace (ISO-2 by default).</summary>
    [JsonPropertyName("xsdMsgDefNamespace")]
    public string? XsdMsgDefNamespace { get; init; }

    /// <summary>The vehicle's earlier PCID, if the OEM renewed it.</summary>
    [JsonPropertyName("previousPcid")]
    public string? PreviousPcid { get; init; }
}

/// <summary>A provisioning chain as the pool holds it (OPCP <c>ProvisioningCertificateData</c>).</summary>
public sealed record ProvisioningCertificateData
{
    /// <summary>The vehicle certificate, DER base64.</summary>
    [JsonPropertyName("vehicleCertificate")]
    public string? VehicleCertificate { get; init; }

    /// <summary>OEM Sub-CA 1, DER base64.</summary>
    [JsonPropertyName("subCA1Certificate")]
    public string? SubCa1Certificate { get; init; }

    /// <summary>OEM Sub-CA 2, DER base64.</summary>
    [JsonPropertyName("subCA2Certificate")]
    public string? SubCa2Certificate { get; init; }

    /// <summary>The vehicle's message namespace.</summary>
    [JsonPropertyName("xsdMsgDefNamespace")]
    public string? XsdMsgDefNamespace { get; init; }

    /// <summary>The subject DN of the OEM root the chain validates to.</summary>
    [JsonPropertyName("rootIssuerDistinguishedName")]
    public string? RootIssuerDistinguishedName { get; init; }

    /// <summary>The serial of that OEM root, hex.</summary>
    [JsonPropertyName("rootIssuerSerialNumber")]
    public string? RootIssuerSerialNumber { get; init; }

    /// <summary>The subject key identifier of that OEM root, hex.</summary>
    [JsonPropertyName("rootAuthorityKeyIdentifier")]
    public string? RootAuthorityKeyIdentifier { get; init; }

    /// <summary>SHA-256 fingerprint of the vehicle certificate, hex.</summary>
    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; init; }

    /// <summary>The vehicle's earlier PCID.</summary>
    [JsonPropertyName("previousPcid")]
    public string? PreviousPcid { get; init; }

    /// <summary>The PCID (the vehicle certificate's CN); an addition to OPCP's shape for convenience.</summary>
    [JsonPropertyName("pcid")]
    public string? Pcid { get; init; }
}

/// <summary>The answer of <c>GET /v1/oem/provCerts/{pcid}</c>.</summary>
/// <param name="OemMessage">The chain.</param>
public sealed record ProvisioningCertificateResponse([property: JsonPropertyName("OEMMessage")] ProvisioningCertificateData? OemMessage);

/// <summary>The answer of <c>GET /v1/oem/provCerts/lookupVehicle/{pcid}</c>: the vehicle is known.</summary>
/// <param name="Pcid">The PCID.</param>
/// <param name="XsdMsgDefNamespace">The vehicle's namespace.</param>
/// <param name="Emaids">The eMAIDs the contract pool holds for the vehicle.</param>
public sealed record VehicleLookupResponse(
    [property: JsonPropertyName("pcid")] string Pcid,
    [property: JsonPropertyName("xsdMsgDefNamespace")] string XsdMsgDefNamespace,
    [property: JsonPropertyName("emaids")] IReadOnlyList<string> Emaids);
