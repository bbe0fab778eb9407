using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Revocation;

namespace V2G.Services.Client.Revocation;

/// <summary>Fetches a CA's current CRL from the service's <c>/crl/{ca}</c> (parsed, not verified: see <see cref="CrlChecker"/>).</summary>
/// <param name="httpClient">A client whose BaseAddress is the service.</param>
public sealed class CrlClient(HttpClient httpClient)
{
    /// <summary>The current CRL of <paramref name="caName"/>.</summary>
    /// <param name="caName">The CA's name as in the PKI folder's <c>certs/</c>, e.g. <c>MOSubCA2</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">The service refused (404 for an unknown CA) or sent something that is not a CRL.</exception>
    public async Task<CrlDocument> GetCrlAsync(string caName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caName);
        using HttpResponseMessage reply = await httpClient.GetAsync(
            new Uri("crl/" + Uri.EscapeDataString(caName), UriKind.Relative), cancellationToken).ConfigureAwait(false);
        await ServiceResponses.EnsureSuccessAsync(reply, cancellationToken).ConfigureAwait(false);
        byte[] der = await reply.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return CrlDocument.TryParse(der, out CrlDocument? crl, out string? error)
            ? crl
            : throw new PncServiceException(reply.StatusCode, [$"/crl/{caName} did not return a CRL: {error}"], null);
    }
}
