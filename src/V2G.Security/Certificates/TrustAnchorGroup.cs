using System.Collections.Generic;

namespace V2G.Security.Certificates;

/// <summary>The families of root certificates a Plug'n'Charge actor trusts.</summary>
public enum TrustAnchorGroup
{
    /// <summary>V2G roots (one or more per region): anchors of SECC and CPS chains, and of cross-signed MO chains.</summary>
    V2G,

    /// <summary>Mobility operator roots: anchors of contract chains.</summary>
    MobilityOperator,

    /// <summary>Vehicle manufacturer roots: anchors of OEM provisioning chains.</summary>
    Oem,
}

/// <summary>Which trust anchor groups may end the chain of each role.</summary>
public static class TrustAnchorGroups
{
    private static readonly TrustAnchorGroup[] V2GOnly = [TrustAnchorGroup.V2G];
    private static readonly TrustAnchorGroup[] Contract = [TrustAnchorGroup.MobilityOperator, TrustAnchorGroup.V2G];
    private static readonly TrustAnchorGroup[] OemOnly = [TrustAnchorGroup.Oem];

    /// <summary>
    /// SECC and CPS: V2G. Contract: MO, or V2G when MO Sub-CA 1 is signed by the V2G root. OEM provisioning: OEM.
    /// </summary>
    public static IReadOnlyList<TrustAnchorGroup> ForRole(CertificateRole role) => role switch
    {
        CertificateRole.Secc or CertificateRole.Cps => V2GOnly,
        CertificateRole.Contract or CertificateRole.TariffSigner => Contract,
        CertificateRole.OemProvisioning or CertificateRole.Vehicle => OemOnly,
        _ => throw new System.ArgumentOutOfRangeException(nameof(role), role, "Unknown certificate role"),
    };

    /// <summary>The group a root's Domain Component names (V2G, MO, OEM; case-insensitive), or null for any other DC.</summary>
    public static TrustAnchorGroup? FromDomainComponent(string? domainComponent) => domainComponent?.ToUpperInvariant() switch
    {
        "V2G" => TrustAnchorGroup.V2G,
        "MO" => TrustAnchorGroup.MobilityOperator,
        "OEM" => TrustAnchorGroup.Oem,
        _ => null,
    };
}
