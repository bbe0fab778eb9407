using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using V2G.Services.Hosting;
using V2G.Services.Storage;

namespace V2G.Services.Features.StatusPage;

/// <summary><c>GET /</c>: the status page, or 503 in the error shape when the store does not answer.</summary>
internal static class StatusPageEndpoint
{
    /// <summary>The page's policy: its own inline style only, nothing loaded from anywhere, no script, no framing.</summary>
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Answers the request.</summary>
    public static async Task<IResult> HandleAsync(HttpContext context, StatusPageReader reader, CancellationToken cancellationToken)
    {
        // A store that does not answer becomes 503 in the error shape (Hosting/UnhandledErrors), its reason only in the log.
        StatusPageModel model = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);

        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        return Results.Content(StatusPageRenderer.Render(model), "text/html; charset=utf-8");
    }
}
