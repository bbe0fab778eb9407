using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace V2G.Services.Features.ProvisioningPool;

/// <summary>OPCP provisioning certificate pool under /v1/oem.</summary>
internal static class ProvisioningPoolFeature
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
