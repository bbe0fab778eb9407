namespace V2G.Security.Revocation;

/// <summary>How chain validation treats the answers of an <see cref="IRevocationChecker"/>.</summary>
public enum RevocationPolicy
{
    /// <summary>Revocation is not checked.</summary>
    Ignore,

    /// <summary>A revoked certificate fails the chain; an unknown or stale status is accepted (and reported).</summary>
    Prefer,

    /// <summary>Every certificate below the trust anchor needs a good status: revoked and unknown both fail the chain.</summary>
    Require,
}
