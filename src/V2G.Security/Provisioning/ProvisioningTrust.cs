using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Certificates;

namespace V2G.Security.Provisioning;

/// <summary>
/// The roots one side trusts for one chain and how it validates: the OEM roots of a back end, the V2G roots of a vehicle
/// (for the CPS chain), the MO and V2G roots for contract chains.
/// </summary>
public sealed record ProvisioningTrust
{
    /// <summary>The trust anchors for the chain.</summary>
    public required IReadOnlyList<X509Certificate2> Anchors { get; init; }

    /// <summary>
    /// Profile, validation time and revocation handling; its <see cref="ChainValidationOptions.Role"/> is replaced by the role
    /// each step validates (OemProvisioning, Contract, Cps).
    /// </summary>
    public required ChainValidationOptions Options { get; init; }

    /// <summary>
    /// Sub-CAs the validating side holds itself and adds to those the message carries: an ISO 15118-2
    /// CertificateInstallationReq carries only the OEM provisioning leaf, so the back end supplies the OEM Sub-CAs here.
    /// </summary>
    public IReadOnlyList<X509Certificate2> KnownSubCertificates { get; init; } = [];

    internal ChainValidationResult Validate(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> carried, CertificateRole role)
    {
        var subs = new List<X509Certificate2>(carried);
        foreach (var known in KnownSubCertificates)
        {
            if (!subs.Exists(s => s.RawData.AsSpan().SequenceEqual(known.RawData)))
            {
                subs.Add(known);
            }
        }

        return CertificateChainValidator.Validate(leaf, subs, Anchors, Options with { Role = role });
    }
}
