using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace V2G.Services.Features.RootPool;

/// <summary>OPCP root certificate pool under /v1/root.</summary>
internal static class RootPoolFeature
{
    /// <summary>Registers what the endpoints need.</summary>
    public static void AddServices(IServiceCollection services)
    {
        // Filled in by the pools work.
        _ = services;
    }

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        _ = endpoints;
    }
}
