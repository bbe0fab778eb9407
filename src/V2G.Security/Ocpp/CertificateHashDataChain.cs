using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace V2G.Security.Ocpp;

/// <summary>OCPP CertificateHashDataChainType: a certificate's hash data, what it is, and the hash data of its sub-CAs.</summary>
public sealed record CertificateHashDataChain : IOcppPayload
{
    /// <summary>certificateType.</summary>
    [JsonPropertyName("certificateType")]
    public required OcppCertificateType CertificateType { get; init; }

    /// <summary>certificateHashData: the certificate itself (the leaf of a chain).</summary>
    [JsonPropertyName("certificateHashData")]
    public required CertificateHashData CertificateHashData { get; init; }

    /// <summary>childCertificateHashData: the sub-CAs of a chain (at most 4), or null.</summary>
    [JsonPropertyName("childCertificateHashData")]
    public IReadOnlyList<CertificateHashData>? ChildCertificateHashData { get; init; }

    /// <inheritdoc/>
    public OcppProblem? Validate(string path = "$", OcppLimits? limits = null)
    {
        limits ??= OcppLimits.Ocpp201;
        return OcppChecks.Required(path + ".certificateHashData", CertificateHashData)
            ?? CertificateHashData.Validate(path + ".certificateHashData", limits)
            ?? OcppChecks.Items(path + ".childCertificateHashData", ChildCertificateHashData, 1, limits.HashDataItems)
            ?? (ChildCertificateHashData ?? []).Select((c, i) => c.Validate($"{path}.childCertificateHashData[{i}]", limits))
                .FirstOrDefault(p => p != null);
    }
}
