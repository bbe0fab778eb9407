using System;
using V2G.Security.Revocation;

namespace V2G.Security.Certificates;

/// <summary>What a chain is validated for: profile, role, time and revocation handling.</summary>
public sealed record ChainValidationOptions
{
    /// <summary>The cryptographic profile every certificate of the chain must follow (curve and signature algorithm).</summary>
    public required SecurityProfile Profile { get; init; }

    /// <summary>The role the leaf must fit (key usage, Domain Component, common name syntax).</summary>
    public required CertificateRole Role { get; init; }

    /// <summary>The time at which every certificate must be valid.</summary>
    public required DateTimeOffset ValidationTime { get; init; }

    /// <summary>Asked once per certificate below the trust anchor, unless <see cref="RevocationPolicy"/> is Ignore.</summary>
    public IRevocationChecker? RevocationChecker { get; init; }

    /// <summary>
    /// How revocation answers are applied. Defaults to <see cref="Revocation.RevocationPolicy.Require"/> (fail closed):
    /// without a checker every chain is then refused, so a caller that does not check revocation must say Ignore.
    /// </summary>
    public RevocationPolicy RevocationPolicy { get; init; } = RevocationPolicy.Require;
}
