namespace V2G.Services.Client.Revocation;

/// <summary>How an OCSP request travels (RFC 6960 Appendix A.1).</summary>
public enum OcspHttpMethod
{
    /// <summary>POST of the DER request as application/ocsp-request.</summary>
    Post,

    /// <summary>GET of <c>{url}/{url-encoded base64 of the DER request}</c> (cacheable without a nonce).</summary>
    Get,
}
