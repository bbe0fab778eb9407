using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using V2G.Services.Storage;

namespace V2G.Services.Hosting;

/// <summary>Error answers in one shape (<see cref="ErrorResponse"/>), each logged with its status and reason.</summary>
public static class ServiceErrors
{
    /// <summary>An error result with <paramref name="status"/> and <paramref name="message"/>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="message">The reason, in the caller's terms.</param>
    /// <returns>The JSON error result.</returns>
    public static IResult Response(HttpContext context, int status, string message)
    {
        ILogger logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("V2G.Services.Errors");
        logger.LogWarning("{Method} {Path} refused with {Status}: {Reason}", context.Request.Method, context.Request.Path, status, message);
        return Results.Json(new ErrorResponse([message], context.TraceIdentifier), statusCode: status);
    }

    /// <summary>503 for a store that does not answer; its reason (hosts, paths) goes to the log only.</summary>
    /// <param name="context">The request.</param>
    /// <param name="error">The store's failure.</param>
    /// <returns>The JSON error result.</returns>
    public static IResult StoreUnavailable(HttpContext context, StoreUnavailableException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("V2G.Services.Errors")
            .LogError(error, "{Method} {Path}: the store does not answer", context.Request.Method, context.Request.Path);
        return Response(context, StatusCodes.Status503ServiceUnavailable, StoreUnavailableMessage);
    }

    /// <summary>What a caller reads when the store does not answer.</summary>
    public const string StoreUnavailableMessage = "the service's store does not answer; try again later";
}
