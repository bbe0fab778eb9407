using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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
        endpoints.MapGet("/", StatusPageEndpoint.HandleAsync);
        endpoints.MapGet("/certs/{file}", CertificateDownloads.Handle);
    }
}
