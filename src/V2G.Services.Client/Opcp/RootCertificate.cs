using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace V2G.Services.Client.Opcp;

/// <summary>A root of the root certificate pool (OPCP <c>RootCertV2</c>); the fields besides the certificate are informative.</summary>
public sealed record RootCertificate
{
    /// <summary>The pool's UUID of the root.</summary>
    [JsonPropertyName("rootCertificateId")]
    public string? RootCertificateId { get; init; }

    /// <summary>V2G, MO or OEM.</summary>
    [JsonPropertyName("rootType")]
    public string? RootType { get; init; }

    /// <summary>The DER certificate, base64.</summary>
    [JsonPropertyName("caCertificate")]
    public string? CaCertificate { get; init; }

    /// <summary>The subject DN.</summary>
    [JsonPropertyName("distinguishedName")]
    public string? DistinguishedName { get; init; }

    /// <summary>The subject CN.</summary>
    [JsonPropertyName("commonName")]
    public string? CommonName { get; init; }

    /// <summary>The subject O.</summary>
    [JsonPropertyName("organizationName")]
    public string? OrganizationName { get; init; }

    /// <summary>The subject key identifier, hex.</summary>
    [JsonPropertyName("rootAuthorityKeyIdentifier")]
    public string? RootAuthorityKeyIdentifier { get; init; }

    /// <summary>The serial number, hex.</summary>
    [JsonPropertyName("rootIssuerSerialNumber")]
    public string? RootIssuerSerialNumber { get; init; }

    /// <summary>notBefore.</summary>
    [JsonPropertyName("validFrom")]
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>notAfter.</summary>
    [JsonPropertyName("validTo")]
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>SHA-256 fingerprint of the DER, hex.</summary>
    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; init; }

    /// <summary>secp256r1, secp521r1 or ed448.</summary>
    [JsonPropertyName("signatureAlgorithm")]
    public string? SignatureAlgorithm { get; init; }
}

/// <summary>The body of <c>PUT /v1/root/rootCerts</c>.</summary>
/// <param name="CaCertificate">The DER root, base64.</param>
/// <param name="RootType">V2G, MO or OEM.</param>
public sealed record RootCertificateUpload(
    [property: JsonPropertyName("caCertificate")] string? CaCertificate,
    [property: JsonPropertyName("rootType")] string? RootType);

/// <summary>The answer of <c>GET /v1/root/rootCerts/{id}</c>.</summary>
/// <param name="RootResponse">The root.</param>
public sealed record RootCertificateResponse([property: JsonPropertyName("RootResponse")] RootCertificate? RootResponse);

/// <summary>The answer of <c>GET /v1/root/rootCerts</c>.</summary>
/// <param name="RootCertificateCollection">The roots.</param>
public sealed record RootCertificateListResponse(
    [property: JsonPropertyName("RootCertificateCollection")] RootCertificateCollection? RootCertificateCollection);

/// <summary>The list inside <see cref="RootCertificateListResponse"/>.</summary>
/// <param name="RootCertificates">Every root of the pool.</param>
public sealed record RootCertificateCollection(
    [property: JsonPropertyName("rootCertificates")] IReadOnlyList<RootCertificate>? RootCertificates);
