using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace V2G.Services.Hosting;

/// <summary>
/// Reads request bodies within the service's size limit for every endpoint, so that an oversized body gets 413, a wrong
/// media type 415, an empty or unreadable body or JSON 400, each in the error shape (model binding would answer without
/// a reason).
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

    /// <summary>The body bytes of a request that must have <paramref name="mediaType"/> and a non-empty body, or the error.</summary>
    /// <param name="http">The request.</param>
    /// <param name="mediaType">The required media type (parameters of the Content-Type are ignored).</param>
    /// <param name="what">What the body is, for the 415 message (e.g. "an OCSP request").</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static async Task<(byte[]? Body, IResult? Error)> ReadAsync(
        HttpContext http, string mediaType, string what, CancellationToken cancellationToken)
    {
        if (!HasMediaType(http.Request, mediaType))
        {
            return (null, ServiceErrors.Response(http, StatusCodes.Status415UnsupportedMediaType,
                $"{what} is posted as {mediaType}, not '{http.Request.ContentType ?? "(none)"}'"));
        }

        (byte[]? body, IResult? error) = await ReadAsync(http, cancellationToken).ConfigureAwait(false);
        return body is { Length: 0 }
            ? (null, ServiceErrors.Response(http, StatusCodes.Status400BadRequest, "the body is empty"))
            : (body, error);
    }

    /// <summary>Whether the request's Content-Type has this media type (parameters ignored).</summary>
    /// <param name="request">The request.</param>
    /// <param name="mediaType">The media type.</param>
    public static bool HasMediaType(HttpRequest request, string mediaType)
    {
        string? contentType = request.ContentType;
        if (contentType is null)
        {
            return false;
        }

        int semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        string media = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return string.Equals(media, mediaType, StringComparison.OrdinalIgnoreCase);
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
