using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using V2G.Services.Hosting;

namespace V2G.Services.Features.StatusPage;

/// <summary>The read-only status page at <c>/</c> and the certificate downloads at <c>/certs/{name}.der|.pem</c>; no key needed.</summary>
internal static class StatusPageFeature
{
    /// <summary>Registers what the endpoints need.</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<StatusPageReader>();
    }

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // The page reads the store several times: limited like the other expensive routes.
        endpoints.MapGet("/", StatusPageEndpoint.HandleAsync).RequireRateLimiting(RateLimits.Expensive);
        endpoints.MapGet("/certs/{file}", CertificateDownloads.Handle);
    }
}
