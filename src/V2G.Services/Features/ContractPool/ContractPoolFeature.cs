using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace V2G.Services.Features.ContractPool;

/// <summary>OPCP contract certificate pool under /v1/ccp.</summary>
internal static class ContractPoolFeature
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
