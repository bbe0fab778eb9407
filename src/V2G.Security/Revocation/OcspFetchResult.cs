namespace V2G.Security.Revocation;

/// <summary>The outcome of an OCSP fetch: a parsed (not yet verified) response, or the error.</summary>
/// <param name="Response">The response, or null when fetching or parsing failed.</param>
/// <param name="Error">Why there is no response, or null.</param>
public sealed record OcspFetchResult(OcspResponseDocument? Response, string? Error)
{
    /// <summary>True when a response was received and parsed.</summary>
    public bool Succeeded => Response is not null;
}
