using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace V2G.Services.Features.Crl;

/// <summary>CRL distribution: each CA's current CRL at /crl/{ca}.</summary>
internal static class CrlFeature
{
    /// <summary>Registers what the endpoints need.</summary>
    public static void AddServices(IServiceCollection services)
    {
        // Filled in by the crl work.
        _ = services;
    }

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        _ = endpoints;
    }
}
