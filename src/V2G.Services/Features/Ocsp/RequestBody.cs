using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace V2G.Services.Features.Ocsp;

/// <summary>Reads a request body up to a limit, saying 413 or 400 (with the reason) instead of throwing.</summary>
internal static class RequestBody
{
    /// <summary>The body, or the status and reason to refuse it with.</summary>
    public static async Task<(byte[]? Body, int Status, string? Reason)> ReadAsync(
        HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"the body has {request.ContentLength} bytes; at most {limit} are accepted");
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {limit} bytes");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own body limit or a broken chunked encoding.
            return (null, e.StatusCode, "the body cannot be read: " + e.Message);
        }

        return buffer.Length == 0
            ? (null, StatusCodes.Status400BadRequest, "the body is empty")
            : (buffer.ToArray(), StatusCodes.Status200OK, null);
    }

    /// <summary>Whether the request's Content-Type has this media type (parameters ignored).</summary>
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
}
