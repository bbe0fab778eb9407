namespace V2G.Security.Revocation;

/// <summary>What a revocation source says of one certificate.</summary>
public enum RevocationStatus
{
    /// <summary>The issuer vouches that the certificate is not revoked (CRL without its serial, OCSP "good").</summary>
    Good,

    /// <summary>The certificate is revoked.</summary>
    Revoked,

    /// <summary>No usable statement: no CRL/OCSP response for this issuer, OCSP "unknown", or a stale or unverifiable source.</summary>
    Unknown,
}
