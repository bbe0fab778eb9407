using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using V2G.Services.Client.Opcp;

namespace V2G.Services.Client.Pools;

/// <summary>Client of the OPCP root certificate pool (<c>/v1/root/rootCerts</c>).</summary>
public sealed class RootPoolClient
{
    private readonly PoolHttp _http;

    /// <summary>Creates the client.</summary>
    /// <param name="http">An HttpClient whose BaseAddress is the service.</param>
    /// <param name="apiKey">The API key sent with each request (any role reads, admin writes), or null.</param>
    public RootPoolClient(HttpClient http, string? apiKey = null) => _http = new PoolHttp(http, apiKey);

    /// <summary>Every root of the pool.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">The service refused.</exception>
    public Task<IReadOnlyList<RootCertificate>> ListAsync(CancellationToken cancellationToken = default) => ListAsync(null, cancellationToken);

    /// <summary>The roots of one type (OPCP's <c>rootType</c> filter), or every root when <paramref name="rootType"/> is null.</summary>
    /// <param name="rootType">V2G, MO or OEM (any case), or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">The service refused (400 for a type it does not know).</exception>
    public async Task<IReadOnlyList<RootCertificate>> ListAsync(string? rootType, CancellationToken cancellationToken = default)
    {
        string path = rootType is null ? "v1/root/rootCerts" : "v1/root/rootCerts?rootType=" + PoolHttp.Segment(rootType.ToLowerInvariant());
        var response = await _http.SendAsync<RootCertificateListResponse>(HttpMethod.Get, path, null, cancellationToken)
            .ConfigureAwait(false);
        return response.RootCertificateCollection?.RootCertificates ?? [];
    }

    /// <summary>One root by id.</summary>
    /// <param name="rootCertificateId">The pool's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">The service refused (404 for an unknown id).</exception>
    public async Task<RootCertificate> GetAsync(string rootCertificateId, CancellationToken cancellationToken = default)
    {
        var response = await _http.SendAsync<RootCertificateResponse>(HttpMethod.Get,
            "v1/root/rootCerts/" + PoolHttp.Segment(rootCertificateId), null, cancellationToken).ConfigureAwait(false);
        return response.RootResponse ?? throw new PncServiceException(System.Net.HttpStatusCode.OK, ["no RootResponse in the answer"], null);
    }

    /// <summary>The DER (or PEM text as bytes) of a root.</summary>
    /// <param name="rootCertificateId">The pool's id.</param>
    /// <param name="pem">PEM instead of DER.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<byte[]> DownloadAsync(string rootCertificateId, bool pem = false, CancellationToken cancellationToken = default) =>
        _http.GetBytesAsync($"v1/root/rootCerts/{PoolHttp.Segment(rootCertificateId)}.{(pem ? "pem" : "der")}", cancellationToken);

    /// <summary>Adds a root (admin key).</summary>
    /// <param name="derBase64">The DER root, base64.</param>
    /// <param name="rootType">V2G, MO or OEM.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The root as the pool holds it.</returns>
    public async Task<RootCertificate> PutAsync(string derBase64, string rootType, CancellationToken cancellationToken = default)
    {
        var response = await _http.SendAsync<RootCertificateResponse>(HttpMethod.Put, "v1/root/rootCerts",
            new RootCertificateUpload(derBase64, rootType), cancellationToken).ConfigureAwait(false);
        return response.RootResponse ?? throw new PncServiceException(System.Net.HttpStatusCode.OK, ["no RootResponse in the answer"], null);
    }

    /// <summary>Removes a root (admin key).</summary>
    /// <param name="rootCertificateId">The pool's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteAsync(string rootCertificateId, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Delete, "v1/root/rootCerts/" + PoolHttp.Segment(rootCertificateId), null, cancellationToken);
}
