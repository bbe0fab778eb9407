using System;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace V2G.Services.Hosting;

/// <summary>The rate-limiting policy of the endpoints that sign or provision (fixed window per client address).</summary>
public static class RateLimits
{
    /// <summary>The policy name; apply with <c>RequireRateLimiting(RateLimits.Expensive)</c>.</summary>
    public const string Expensive = "expensive";

    /// <summary>Registers the policy.</summary>
    internal static void Add(IServiceCollection services, PncServiceOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await ServiceErrors.Response(context.HttpContext, StatusCodes.Status429TooManyRequests,
                        $"more than {options.ExpensiveRequestsPerSecond} requests per second from this address")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
            limiter.AddPolicy(Expensive, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.ExpensiveRequestsPerSecond),
                    Window = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
        });
    }
}
