namespace V2G.Security.Revocation;

/// <summary>Which kind of revocation source an answer comes from.</summary>
public enum RevocationSourceKind
{
    /// <summary>A certificate revocation list (RFC 5280 section 5).</summary>
    Crl,

    /// <summary>A basic OCSP response (RFC 6960).</summary>
    Ocsp,
}
