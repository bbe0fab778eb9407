namespace V2G.Security.Tls;

/// <summary>Whether one feature of the ISO 15118 TLS profile is available here, and what that means for a session.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="IsSupported">True when the helpers can do what the standard asks.</param>
/// <param name="Explanation">Why, and what the helpers do instead when it is not supported.</param>
public sealed record TlsFeatureSupport(TlsPlatformFeature Feature, bool IsSupported, string Explanation)
{
    /// <summary>The feature, "supported" or "NOT supported", and the explanation.</summary>
    public override string ToString() => $"{Feature}: {(IsSupported ? "supported" : "NOT supported")} - {Explanation}";
}
