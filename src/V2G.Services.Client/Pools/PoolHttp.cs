using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Services.Client.Pools;

/// <summary>The requests the pool clients share: an optional API key per request, JSON in and out, errors as exceptions.</summary>
internal sealed class PoolHttp
{
    private readonly HttpClient _http;
    private readonly string? _apiKey;

    public PoolHttp(HttpClient http, string? apiKey)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _apiKey = apiKey;
    }

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendRawAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken).ConfigureAwait(false)
            ?? throw new PncServiceException(response.StatusCode, [$"{method} {path} answered no JSON body"], null);
    }

    public async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendRawAsync(method, path, body, cancellationToken).ConfigureAwait(false);
    }

    public async Task<byte[]> GetBytesAsync(string path, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendRawAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken,
        HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (_apiKey != null)
        {
            request.Headers.Add("X-API-Key", _apiKey);
        }

        request.Content = content ?? (body is null ? null : JsonContent.Create(body, body.GetType()));
        HttpResponseMessage response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await ServiceResponses.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public static string Segment(string value) => Uri.EscapeDataString(value ?? throw new ArgumentNullException(nameof(value)));
}
