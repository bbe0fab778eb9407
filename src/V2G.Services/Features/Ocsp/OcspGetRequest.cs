using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace V2G.Services.Features.Ocsp;

/// <summary>
/// The DER request of an RFC 6960 Appendix A.1 GET: the URL-encoded base64 after <c>/ocsp/</c>. Read from the raw request
/// target, because routing leaves <c>%2F</c> encoded and some clients do not encode <c>/</c>, <c>+</c> or <c>=</c> at all.
/// </summary>
internal static class OcspGetRequest
{
    public const string Prefix = "/ocsp/";

    /// <summary>The decoded DER, or null when the path is not base64 (then the answer is malformedRequest).</summary>
    public static byte[]? Decode(HttpContext context)
    {
        string raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        int query = raw.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            raw = raw[..query];
        }

        int start = raw.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        string text = Uri.UnescapeDataString(raw[(start + Prefix.Length)..]).Trim();
        // Tolerate base64url and missing padding: both appear in the wild.
        text = text.Replace('-', '+').Replace('_', '/').Replace(' ', '+');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
