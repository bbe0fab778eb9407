using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Security.Revocation;

/// <summary>RFC 6960 appendix A.1 over HTTP: POST application/ocsp-request, expect application/ocsp-response.</summary>
/// <param name="httpClient">The client to send with (its handler decides proxies, TLS and timeouts).</param>
public sealed class HttpOcspTransport(HttpClient httpClient) : IOcspTransport
{
    /// <summary>The largest response accepted; OCSP responses are a few kilobytes.</summary>
    public const int MaxResponseBytes = 1 << 20;

    /// <inheritdoc/>
    public async Task<OcspFetchResult> FetchAsync(Uri responderUrl, OcspRequest request, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(request.Der);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
        try
        {
            using HttpResponseMessage reply = await httpClient.PostAsync(responderUrl, content, cancellationToken).ConfigureAwait(false);
            if (!reply.IsSuccessStatusCode)
            {
                return new OcspFetchResult(null, $"{responderUrl}: HTTP {(int)reply.StatusCode} {reply.ReasonPhrase}");
            }

            string? mediaType = reply.Content.Headers.ContentType?.MediaType;
            if (mediaType != "application/ocsp-response")
            {
                return new OcspFetchResult(null, $"{responderUrl}: content type '{mediaType}' instead of application/ocsp-response");
            }

            if (reply.Content.Headers.ContentLength > MaxResponseBytes)
            {
                return new OcspFetchResult(null, $"{responderUrl}: response larger than {MaxResponseBytes} bytes");
            }

            byte[] body = await reply.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return OcspResponseDocument.TryParse(body, out OcspResponseDocument? response, out string? error)
                ? new OcspFetchResult(response, null)
                : new OcspFetchResult(null, $"{responderUrl}: {error}");
        }
        catch (HttpRequestException e)
        {
            return new OcspFetchResult(null, $"{responderUrl}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new OcspFetchResult(null, $"{responderUrl}: timed out");
        }
    }
}
