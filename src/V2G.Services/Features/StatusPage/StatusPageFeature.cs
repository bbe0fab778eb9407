using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace V2G.Services.Features.StatusPage;

/// <summary>The read-only status page at /.</summary>
internal static class StatusPageFeature
{
    /// <summary>Registers what the endpoints need.</summary>
    public static void AddServices(IServiceCollection services)
    {
        // Filled in by the web work.
        _ = services;
    }

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        _ = endpoints;
    }
}
