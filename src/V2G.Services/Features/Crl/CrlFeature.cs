using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using V2G.Security.Authority;
using V2G.Services.Features.Ocsp;
using V2G.Services.Hosting;

namespace V2G.Services.Features.Crl;

/// <summary>
/// CRL distribution: each signing CA's current CRL at <c>/crl/{ca}</c> (DER, application/pkix-crl; also <c>{ca}.der</c>,
/// <c>{ca}.crl</c>) and <c>/crl/{ca}.pem</c>. Public. The folder's own CRL entries are imported into the store at start.
/// </summary>
internal static class CrlFeature
{
    public const string MediaType = "application/pkix-crl";

    /// <summary>Registers what the endpoints need.</summary>
    public static void AddServices(IServiceCollection services)
    {
        AuthorityServices.Add(services);
        services.AddSingleton(provider => new CrlPublisher(provider.GetRequiredService<AuthorityKeyring>(),
            provider.GetRequiredService<IAuthorityStateSource>(), provider.GetRequiredService<PncServiceOptions>().CrlValidity,
            provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<FolderRevocationImport>();
    }

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/crl/{name}", GetAsync);
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, string name, CrlPublisher publisher, AuthorityKeyring keyring, CancellationToken cancellationToken)
    {
        bool pem = name.EndsWith(".pem", StringComparison.OrdinalIgnoreCase);
        string caName = pem || name.EndsWith(".der", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".crl", StringComparison.OrdinalIgnoreCase)
            ? name[..^4]
            : name;
        PublishedCrl? crl = await publisher.GetCrlAsync(caName, cancellationToken).ConfigureAwait(false);
        if (crl is null)
        {
            return ServiceErrors.Response(context, StatusCodes.Status404NotFound,
                $"no CA named '{caName}' publishes a CRL here; known: {string.Join(", ", keyring.Authorities.Select(a => a.Name))}");
        }

        // The CRL changes with the next revocation: caches may keep it but must ask again.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.LastModified = crl.ThisUpdate.ToString("R", CultureInfo.InvariantCulture);
        context.Response.Headers["X-CRL-Number"] = crl.CrlNumber.ToString(CultureInfo.InvariantCulture);
        return pem
            ? Results.Text(crl.Pem, "application/x-pem-file", Encoding.ASCII)
            : Results.Bytes(crl.Der, MediaType, $"{crl.CaName}.crl");
    }
}
