using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Revocation;

namespace V2G.Services.Client.Revocation;

/// <summary>
/// Asks an OCSP responder (this service's <c>/ocsp</c> or any RFC 6960 one) about a certificate and verifies the answer with
/// <see cref="OcspResponseVerifier"/>: a response that does not verify never counts as good.
/// </summary>
/// <param name="httpClient">The client to send with.</param>
public sealed class OcspClient(HttpClient httpClient)
{
    /// <summary>Checks <paramref name="certificate"/>, issued by <paramref name="issuer"/>, at <paramref name="responderUrl"/>.</summary>
    /// <param name="certificate">The certificate asked about.</param>
    /// <param name="issuer">Its issuer (the CertID is computed from it; the response must be signed by it or its delegate).</param>
    /// <param name="responderUrl">The responder, e.g. <c>http://127.0.0.1:5080/ocsp</c>.</param>
    /// <param name="useNonce">Send a fresh nonce and require it back.</param>
    /// <param name="method">POST or GET.</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>The verified status.</returns>
    /// <exception cref="PncServiceException">The responder answered with an HTTP error.</exception>
    /// <exception cref="HttpRequestException">The responder cannot be reached.</exception>
    public async Task<OcspCheckResult> CheckAsync(
        X509Certificate2 certificate, X509Certificate2 issuer, Uri responderUrl, bool useNonce = true,
        OcspHttpMethod method = OcspHttpMethod.Post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(responderUrl);
        OcspRequest request = OcspRequestBuilder.Build(certificate, issuer, OcspHashAlgorithm.Sha256,
            useNonce ? OcspRequestBuilder.NewNonce() : null);
        using HttpResponseMessage reply = method == OcspHttpMethod.Post
            ? await PostAsync(responderUrl, request.Der, cancellationToken).ConfigureAwait(false)
            : await httpClient.GetAsync(GetUrl(responderUrl, request.Der), cancellationToken).ConfigureAwait(false);
        await ServiceResponses.EnsureSuccessAsync(reply, cancellationToken).ConfigureAwait(false);
        byte[] der = await reply.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!OcspResponseDocument.TryParse(der, out OcspResponseDocument? document, out string? error))
        {
            var refused = new RevocationSourceResult(RevocationSourceKind.Ocsp, $"OCSP response of {responderUrl}", RevocationStatus.Unknown,
                RevocationSourceFailure.Malformed, error);
            return new OcspCheckResult(RevocationStatus.Unknown, refused, -1, null, null, der);
        }

        RevocationSourceResult verified = OcspResponseVerifier.Verify(document, certificate, issuer, DateTimeOffset.UtcNow, null, request.Nonce);
        (DateTimeOffset? thisUpdate, DateTimeOffset? nextUpdate) = Times(der);
        return new OcspCheckResult(verified.Status, verified, document.ResponseStatus, thisUpdate, nextUpdate, der);
    }

    /// <summary>The RFC 6960 A.1 GET address of a request: the responder URL, a slash, the URL-encoded base64 DER.</summary>
    /// <param name="responderUrl">The responder.</param>
    /// <param name="requestDer">The DER OCSPRequest.</param>
    public static Uri GetUrl(Uri responderUrl, byte[] requestDer)
    {
        ArgumentNullException.ThrowIfNull(responderUrl);
        ArgumentNullException.ThrowIfNull(requestDer);
        string baseText = responderUrl.AbsoluteUri.TrimEnd('/');
        return new Uri($"{baseText}/{Uri.EscapeDataString(Convert.ToBase64String(requestDer))}");
    }

    private async Task<HttpResponseMessage> PostAsync(Uri url, byte[] der, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(der);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
        return await httpClient.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
    }

    private static (DateTimeOffset?, DateTimeOffset?) Times(byte[] der)
    {
        try
        {
            if (new OcspResp(der).GetResponseObject() is BasicOcspResp basic && basic.Responses.FirstOrDefault() is { } single)
            {
                return (Utc(single.ThisUpdate), single.NextUpdate is { } next ? Utc(next) : null);
            }
        }
        catch (Exception e) when (e is System.IO.IOException or ArgumentException or OcspException or InvalidCastException)
        {
            // The verifier already reported what is wrong with the response.
        }

        return (null, null);
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
