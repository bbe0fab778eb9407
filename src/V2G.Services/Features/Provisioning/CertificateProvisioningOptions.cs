using V2G.Security.Provisioning;

namespace V2G.Services.Features.Provisioning;

/// <summary>How the Certificate Provisioning Service numbers and issues contracts.</summary>
public sealed record CertificateProvisioningOptions
{
    /// <summary>The MO's eMAID numbering (prefix, sequence, check digit).</summary>
    public EmaidPolicy EmaidPolicy { get; init; } = EmaidPolicy.Default;

    /// <summary>
    /// Whether the plain endpoint <c>POST /v1/cps/exchange</c> refuses a vehicle whose PCID is not in the provisioning
    /// certificate pool (the OPCP exchange always does). Off by default: the plain endpoint trusts any OEM provisioning chain
    /// that validates to the folder's OEM root, as a test bench CPS does.
    /// </summary>
    public bool PlainEndpointRequiresProvisioningPool { get; init; }
}
