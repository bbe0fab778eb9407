using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using V2G.Services.Storage;

namespace V2G.Services.Hosting;

/// <summary>
/// What an endpoint did not handle still gets the error shape, without details: 503 when the store does not answer, 500
/// otherwise. The exception goes to the log only (no stack trace, host name or path reaches a client).
/// </summary>
internal static class UnhandledErrors
{
    public static void Use(WebApplication app)
    {
        ILogger logger = app.Logger;
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                bool store = error is StoreUnavailableException;
                logger.LogError(error, "{Method} {Path} failed ({TraceId})", context.Request.Method, context.Request.Path, context.TraceIdentifier);
                int status = store ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
                string message = store
                    ? ServiceErrors.StoreUnavailableMessage
                    : "the service failed to answer this request; the log has the details under the trace id";
                context.Response.StatusCode = status;
                await Results.Json(new ErrorResponse([message], context.TraceIdentifier), statusCode: status).ExecuteAsync(context);
            },
        });
    }
}
