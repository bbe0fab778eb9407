using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace V2G.Services.Hosting;

/// <summary>One structured log event per request: method, path, status, duration, client, trace id.</summary>
internal static class RequestLogging
{
    public static void Use(WebApplication app)
    {
        ILogger logger = app.Logger;
        app.Use(async (context, next) =>
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                logger.LogInformation("{Method} {Path} -> {Status} in {ElapsedMs:F1} ms from {Client} ({TraceId})",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(start).TotalMilliseconds, context.Connection.RemoteIpAddress, context.TraceIdentifier);
            }
        });
    }
}
