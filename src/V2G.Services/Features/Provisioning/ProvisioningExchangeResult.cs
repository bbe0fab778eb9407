using Microsoft.AspNetCore.Http;

namespace V2G.Services.Features.Provisioning;

/// <summary>The outcome of one CertificateInstallation / CertificateUpdate exchange: the response, or an HTTP status and reason.</summary>
public sealed record ProvisioningExchangeResult
{
    private ProvisioningExchangeResult(int status, string detail, byte[]? response, string? emaid, string? pcid)
    {
        Status = status;
        Detail = detail;
        ResponseExi = response;
        Emaid = emaid;
        Pcid = pcid;
    }

    /// <summary>True when a signed response was built.</summary>
    public bool IsSuccess => ResponseExi != null;

    /// <summary>200 on success, else the HTTP status of the refusal (400, 404, 422, 503).</summary>
    public int Status { get; }

    /// <summary>What was delivered, or why the request was refused.</summary>
    public string Detail { get; }

    /// <summary>The signed CertificateInstallationRes / CertificateUpdateRes as EXI, on success.</summary>
    public byte[]? ResponseExi { get; }

    /// <summary>The delivered contract's eMAID.</summary>
    public string? Emaid { get; }

    /// <summary>The vehicle's PCID, when the request got that far.</summary>
    public string? Pcid { get; init; }

    /// <summary>CertificateInstallation or CertificateUpdate (what the request was, when it decoded).</summary>
    public string Kind { get; init; } = "CertificateInstallation";

    /// <summary>Whether the response came from the contract pool (an MO's signed contract data) rather than a new issuance.</summary>
    public bool FromContractPool { get; init; }

    /// <summary>Ed448 profile: the X448 public key of the delivered contract key (see <c>MessageDef.ContractKeyAgreementPublicKey</c>).</summary>
    public byte[]? ContractKeyAgreementPublicKey { get; init; }

    internal static ProvisioningExchangeResult Delivered(byte[] response, string emaid, string pcid, string detail) =>
        new(StatusCodes.Status200OK, detail, response, emaid, pcid);

    internal ProvisioningExchangeResult WithDetail(string detail) =>
        new(Status, detail, ResponseExi, Emaid, Pcid)
        {
            Kind = Kind, FromContractPool = FromContractPool, ContractKeyAgreementPublicKey = ContractKeyAgreementPublicKey,
        };

    internal static ProvisioningExchangeResult Refused(int status, string reason, string? pcid = null) =>
        new(status, reason, null, null, pcid);

    /// <inheritdoc/>
    public override string ToString() => $"{Status} {Kind}: {Detail}";
}
