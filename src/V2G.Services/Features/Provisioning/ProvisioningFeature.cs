using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using V2G.Security.Authority;
using V2G.Services.Client.Provisioning;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;

namespace V2G.Services.Features.Provisioning;

/// <summary>
/// Certificate Provisioning Service: <c>POST /v1/cps/exchange</c> takes a raw EXI CertificateInstallationReq or
/// CertificateUpdateReq (namespace in <c>X-Xsd-Msg-Def-Namespace</c>) from a CPO key and answers the raw EXI response.
/// </summary>
internal static class ProvisioningFeature
{
    /// <summary>Registers the CPS (and default options unless the host registered its own).</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton(new CertificateProvisioningOptions());
        services.AddSingleton(provider => new CertificateProvisioningService(provider.GetRequiredService<PkiDirectory>(),
            provider.GetRequiredService<IPncStore>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<CertificateProvisioningOptions>()));
    }

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/cps/exchange", ExchangeAsync).RequireApiKey(ApiRole.Cpo).RequireRateLimiting(RateLimits.Expensive);
    }

    private static async Task<IResult> ExchangeAsync(HttpContext http, CertificateProvisioningService cps, CancellationToken ct)
    {
        string? ns = http.Request.Headers[ProvisioningClient.NamespaceHeader];
        if (string.IsNullOrEmpty(ns))
        {
            return ServiceErrors.Response(http, StatusCodes.Status400BadRequest,
                $"the {ProvisioningClient.NamespaceHeader} header must name the request's namespace (urn:iso:15118:2:2013:MsgDef or "
                + "urn:iso:std:iso:15118:-20:CommonMessages)");
        }

        (byte[]? body, IResult? error) = await RequestBody.ReadAsync(http, ct).ConfigureAwait(false);
        if (error != null)
        {
            return error;
        }

        if (body!.Length == 0)
        {
            return ServiceErrors.Response(http, StatusCodes.Status400BadRequest, "the body is empty; send the EXI request");
        }

        ProvisioningExchangeResult result = await cps.ExchangeAsync(body, ns, cps.Options.PlainEndpointRequiresProvisioningPool,
            installationOnly: false, ct).ConfigureAwait(false);
        return result.IsSuccess
            ? Results.Bytes(result.ResponseExi!, "application/octet-stream")
            : ServiceErrors.Response(http, result.Status, result.Detail);
    }
}
