using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using V2G.Security.Authority;
using V2G.Services.Hosting;
using V2G.Services.Storage;

namespace V2G.Services.Features.Ocsp;

/// <summary>
/// OCSP responder (RFC 6960) at /ocsp: POST of application/ocsp-request, and GET /ocsp/{url-encoded base64} (Appendix A.1,
/// with cache headers up to nextUpdate). Every well-formed HTTP request gets an OCSPResponse, a refused one with its
/// responseStatus inside (malformedRequest, unauthorized); only what is not an OCSP request at all (wrong content type, empty
/// or oversized body) gets an HTTP error in the service's error shape. Public, rate-limited.
/// </summary>
internal static class OcspFeature
{
    public const string RequestMediaType = "application/ocsp-request";
    public const string ResponseMediaType = "application/ocsp-response";

    /// <summary>Registers what the endpoints need.</summary>
    public static void AddServices(IServiceCollection services)
    {
        AuthorityServices.Add(services);
        services.AddSingleton(provider =>
        {
            PncServiceOptions options = provider.GetRequiredService<PncServiceOptions>();
            return new OcspResponder(provider.GetRequiredService<AuthorityKeyring>(), provider.GetRequiredService<IAuthorityStateSource>(),
                new OcspResponderOptions { Validity = options.OcspValidity, RefreshBefore = options.OcspRefreshBefore },
                provider.GetRequiredService<TimeProvider>());
        });
    }

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/ocsp", PostAsync).RequireRateLimiting(RateLimits.Expensive);
        endpoints.MapGet("/ocsp/{**request}", GetAsync).RequireRateLimiting(RateLimits.Expensive);
        endpoints.MapGet("/ocsp", (HttpContext context) => ServiceErrors.Response(context, StatusCodes.Status400BadRequest,
            "GET /ocsp needs the base64 DER OCSPRequest in the path (/ocsp/{request}, RFC 6960 A.1), or POST it"));
    }

    private static async Task<IResult> PostAsync(
        HttpContext context, OcspResponder responder, PncServiceOptions options, CancellationToken cancellationToken)
    {
        (byte[]? body, IResult? refused) = await RequestBody.ReadAsync(context, RequestMediaType, "an OCSP request", cancellationToken)
            .ConfigureAwait(false);
        if (refused != null)
        {
            return refused;
        }

        OcspResponderAnswer answer = await AnswerAsync(responder, body!, cancellationToken).ConfigureAwait(false);
        Log(context, answer);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(answer.Der, ResponseMediaType);
    }

    private static async Task<IResult> GetAsync(HttpContext context, OcspResponder responder, CancellationToken cancellationToken)
    {
        byte[]? der = OcspGetRequest.Decode(context);
        OcspResponderAnswer answer = await AnswerAsync(responder, der ?? [], cancellationToken).ConfigureAwait(false);
        Log(context, answer);
        if (answer.IsCacheable)
        {
            // RFC 5019 6.2: let HTTP caches keep the answer until nextUpdate.
            DateTimeOffset now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            long maxAge = Math.Max(0, (long)(answer.NextUpdate!.Value - now).TotalSeconds);
            context.Response.Headers.CacheControl = $"max-age={maxAge.ToString(CultureInfo.InvariantCulture)}, public, no-transform, must-revalidate";
            context.Response.Headers.Expires = answer.NextUpdate.Value.ToString("R", CultureInfo.InvariantCulture);
            context.Response.Headers.LastModified = answer.ThisUpdate!.Value.ToString("R", CultureInfo.InvariantCulture);
            context.Response.Headers.ETag = $"\"{Convert.ToHexString(SHA1.HashData(answer.Der))}\"";
        }
        else
        {
            context.Response.Headers.CacheControl = "no-store";
        }

        return Results.Bytes(answer.Der, ResponseMediaType);
    }

    /// <summary>The responder's answer; tryLater (RFC 6960 2.3) while the store cannot be read, never an HTTP error.</summary>
    private static async Task<OcspResponderAnswer> AnswerAsync(OcspResponder responder, byte[] der, CancellationToken cancellationToken)
    {
        try
        {
            return await responder.RespondAsync(der, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e)
        {
            return OcspResponder.Refuse(OcspResponseStatusCode.TryLater, "the store does not answer: " + e.Message);
        }
    }

    private static void Log(HttpContext context, OcspResponderAnswer answer)
    {
        ILogger logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("V2G.Services.Ocsp");
        logger.LogInformation("OCSP {Status} (nonce {Nonce}, cached {Cached}): {Detail}",
            answer.ResponseStatus, answer.HasNonce, answer.FromCache, answer.Detail);
    }
}
