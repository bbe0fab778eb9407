using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Security.Revocation;

namespace V2G.Services.Client.Revocation;

/// <summary>Revokes certificates and lists revocations through <c>/v1/admin/revocations</c> (needs an admin API key).</summary>
/// <param name="httpClient">A client whose BaseAddress is the service and that sends the admin key (X-API-Key).</param>
public sealed class RevocationAdminClient(HttpClient httpClient)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Uri Path = new("v1/admin/revocations", UriKind.Relative);

    /// <summary>Revokes a certificate; the service finds its issuing CA.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="reason">The CRLReason; unspecified when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">Refused: 404 when no CA of the service issued it, 401/403 without an admin key.</exception>
    public Task<RevocationReceipt> RevokeAsync(
        X509Certificate2 certificate, RevocationReason? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return PostAsync(new Dictionary<string, object?>
        {
            ["certificate"] = new string(PemEncoding.Write("CERTIFICATE", certificate.RawData)),
            ["reason"] = reason is null ? null : RevocationReasonNames.Name(reason.Value),
        }, cancellationToken);
    }

    /// <summary>Revokes a serial number of a CA.</summary>
    /// <param name="caName">The CA's name, e.g. <c>MOSubCA2</c>.</param>
    /// <param name="serialNumberHex">The serial as hex.</param>
    /// <param name="reason">The CRLReason; unspecified when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">Refused: 404 for an unknown CA, 400 for a bad serial.</exception>
    public Task<RevocationReceipt> RevokeAsync(
        string caName, string serialNumberHex, RevocationReason? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caName);
        ArgumentException.ThrowIfNullOrWhiteSpace(serialNumberHex);
        return PostAsync(new Dictionary<string, object?>
        {
            ["caName"] = caName,
            ["serialNumber"] = serialNumberHex,
            ["reason"] = reason is null ? null : RevocationReasonNames.Name(reason.Value),
        }, cancellationToken);
    }

    /// <summary>The revocations of every signing CA, or of one.</summary>
    /// <param name="caName">One CA, or null for all.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IReadOnlyList<CaRevocations>> ListAsync(string? caName = null, CancellationToken cancellationToken = default)
    {
        Uri url = caName is null ? Path : new Uri($"{Path}?ca={Uri.EscapeDataString(caName)}", UriKind.Relative);
        using HttpResponseMessage reply = await httpClient.GetAsync(url, cancellationToken).ConfigureAwait(false);
        await ServiceResponses.EnsureSuccessAsync(reply, cancellationToken).ConfigureAwait(false);
        Listing? listing = await reply.Content.ReadFromJsonAsync<Listing>(Json, cancellationToken).ConfigureAwait(false);
        return listing?.Authorities ?? [];
    }

    private async Task<RevocationReceipt> PostAsync(Dictionary<string, object?> body, CancellationToken cancellationToken)
    {
        using HttpResponseMessage reply = await httpClient.PostAsJsonAsync(Path, body, Json, cancellationToken).ConfigureAwait(false);
        await ServiceResponses.EnsureSuccessAsync(reply, cancellationToken).ConfigureAwait(false);
        return await reply.Content.ReadFromJsonAsync<RevocationReceipt>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new PncServiceException(reply.StatusCode, ["the service answered the revocation with an empty body"], null);
    }

    private sealed record Listing(IReadOnlyList<CaRevocations> Authorities);
}
