using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.Tls;

/// <summary>How one side validates the other side's chain: the role, its trust anchors, the clock and revocation.</summary>
public sealed record TlsPeerValidation
{
    /// <summary>
    /// The role the peer's leaf must have: <see cref="Certificates.CertificateRole.Secc"/> for the EVCC; for the SECC of
    /// ISO 15118-20, the vehicle certificate's role (see <see cref="SeccTlsConfiguration.VehicleValidation"/>).
    /// </summary>
    public required Certificates.CertificateRole Role { get; init; }

    /// <summary>The roots trusted for the role (V2G roots for the SECC chain, OEM roots for the vehicle chain).</summary>
    public required IReadOnlyList<X509Certificate2> TrustAnchors { get; init; }

    /// <summary>The clock giving the validation time of each handshake; the system clock unless set.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Asked for every certificate below the anchor unless <see cref="RevocationPolicy"/> is Ignore.</summary>
    public IRevocationChecker? RevocationChecker { get; init; }

    /// <summary>How revocation answers apply; Require (fail closed) unless set, so a caller without a checker must say Ignore.</summary>
    public RevocationPolicy RevocationPolicy { get; init; } = RevocationPolicy.Require;
}
