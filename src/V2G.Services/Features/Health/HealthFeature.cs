using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using V2G.Security.Authority;
using V2G.Services.Hosting;
using V2G.Services.Storage;

namespace V2G.Services.Features.Health;

/// <summary><c>GET /health</c>: 200 with the profile and store when the store answers, 503 when it does not.</summary>
internal static class HealthFeature
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (HttpContext context, IPncStore store, PkiDirectory pki, PncServiceOptions options,
            CancellationToken cancellationToken) =>
        {
            try
            {
                long version = await store.GetChangeVersionAsync(cancellationToken).ConfigureAwait(false);
                return Results.Json(new { status = "ok", profile = pki.Profile.ToString(), store = options.Store.ToString(), version });
            }
            catch (StoreUnavailableException e)
            {
                return ServiceErrors.StoreUnavailable(context, e);
            }
        });
    }
}
