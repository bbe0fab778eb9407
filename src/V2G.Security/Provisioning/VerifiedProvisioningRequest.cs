using System;
using System.Collections.Generic;

namespace V2G.Security.Provisioning;

/// <summary>A CertificateInstallationReq / CertificateUpdateReq whose signature and chain the back end verified.</summary>
public sealed class VerifiedProvisioningRequest
{
    internal VerifiedProvisioningRequest(
        byte[] sessionId, CertificateChainData vehicleChain, IReadOnlyList<RootCertificateId> rootCertificateIds, string? emaid)
    {
        SessionId = sessionId;
        VehicleChain = vehicleChain;
        RootCertificateIds = rootCertificateIds;
        EMaid = emaid;
    }

    /// <summary>The header's SessionID, for the response.</summary>
    public byte[] SessionId { get; }

    /// <summary>
    /// The validated chain that signed the request and receives the contract key: the OEM provisioning chain (installation; for
    /// ISO 15118-2 the leaf plus the sub-CAs the back end supplied) or the current contract chain (update).
    /// </summary>
    public CertificateChainData VehicleChain { get; }

    /// <summary>The roots the vehicle says it trusts (ListOfRootCertificateIDs).</summary>
    public IReadOnlyList<RootCertificateId> RootCertificateIds { get; }

    /// <summary>The eMAID of a CertificateUpdateReq, or null for an installation request.</summary>
    public string? EMaid { get; }

    /// <summary>ISO 15118-20: MaximumContractCertificateChains of the request.</summary>
    public int MaximumContractCertificateChains { get; init; } = 1;

    /// <summary>ISO 15118-20: PrioritizedEMAIDs of the request, in order (empty when absent).</summary>
    public IReadOnlyList<string> PrioritizedEMaids { get; init; } = Array.Empty<string>();

    /// <inheritdoc/>
    public override string ToString() => "verified request of " + VehicleChain.Leaf.Subject;
}
