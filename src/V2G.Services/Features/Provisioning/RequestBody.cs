using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using V2G.Services.Hosting;

namespace V2G.Services.Features.Provisioning;

/// <summary>
/// Reads request bodies of the pool and provisioning endpoints within the service's size limit, so that an oversized body
/// gets 413 and unreadable JSON gets 400, each in the error shape (model binding would answer without a reason).
/// </summary>
internal static class RequestBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The body bytes, or the error to answer with.</summary>
    public static async Task<(byte[]? Body, IResult? Error)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        long limit = http.RequestServices.GetRequiredService<PncServiceOptions>().MaxRequestBodyBytes;
        if (http.Request.ContentLength is long declared && declared > limit)
        {
            return (null, TooLarge(http, limit));
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, TooLarge(http, limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(http, limit));
        }
        catch (BadHttpRequestException e)
        {
            return (null, ServiceErrors.Response(http, StatusCodes.Status400BadRequest, "the request body cannot be read: " + e.Message));
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The body as JSON of <typeparamref name="T"/>, or the error to answer with.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpContext http, CancellationToken cancellationToken)
        where T : class
    {
        (byte[]? body, IResult? error) = await ReadAsync(http, cancellationToken).ConfigureAwait(false);
        if (error != null)
        {
            return (null, error);
        }

        try
        {
            T? value = JsonSerializer.Deserialize<T>(body!, Json);
            return value is null
                ? (null, ServiceErrors.Response(http, StatusCodes.Status400BadRequest, "the body must be a JSON object"))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ServiceErrors.Response(http, StatusCodes.Status400BadRequest, "the body is not valid JSON: " + e.Message));
        }
    }

    private static IResult TooLarge(HttpContext http, long limit) => ServiceErrors.Response(http, StatusCodes.Status413PayloadTooLarge,
        $"the request body exceeds this service's limit of {limit} bytes");
}
