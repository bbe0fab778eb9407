using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using V2G.Security.Revocation;

namespace V2G.Security.Certificates;

/// <summary>The outcome of validating one certificate chain for one role.</summary>
public sealed class ChainValidationResult
{
    private ChainValidationResult(
        IReadOnlyList<X509Certificate2> path, ChainFailure? failure, IReadOnlyList<RevocationCheckResult> revocation)
    {
        Path = path;
        Failure = failure;
        Revocation = revocation;
    }

    /// <summary>True when every rule passed; then <see cref="Failure"/> is null.</summary>
    public bool IsValid => Failure is null;

    /// <summary>
    /// The path as built, leaf first and trust anchor last. When the chain was refused it holds as much of the
    /// path as could be built (possibly only the leaf).
    /// </summary>
    public IReadOnlyList<X509Certificate2> Path { get; }

    /// <summary>The first rule that failed, or null for a valid chain.</summary>
    public ChainFailure? Failure { get; }

    /// <summary>
    /// The revocation answers in path order (entry i is about <c>Path[i]</c>), one per certificate below the anchor that was
    /// checked before validation ended; empty when the policy is <see cref="RevocationPolicy.Ignore"/>.
    /// </summary>
    public IReadOnlyList<RevocationCheckResult> Revocation { get; }

    internal static ChainValidationResult Valid(IReadOnlyList<X509Certificate2> path, IReadOnlyList<RevocationCheckResult> revocation) =>
        new(path, null, revocation);

    internal static ChainValidationResult Invalid(
        IReadOnlyList<X509Certificate2> path, ChainFailure failure, IReadOnlyList<RevocationCheckResult>? revocation = null) =>
        new(path, failure, revocation ?? Array.Empty<RevocationCheckResult>());

    /// <summary>"valid" or the failure in one line.</summary>
    public override string ToString() => Failure?.ToString() ?? $"valid ({Path.Count} certificates)";
}
