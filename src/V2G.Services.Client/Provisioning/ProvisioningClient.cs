using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using V2G.Services.Client.Pools;

namespace V2G.Services.Client.Provisioning;

/// <summary>Client of the plain Certificate Provisioning Service endpoint <c>POST /v1/cps/exchange</c> (raw EXI in and out).</summary>
public sealed class ProvisioningClient
{
    /// <summary>The header that names the request's namespace.</summary>
    public const string NamespaceHeader = "X-Xsd-Msg-Def-Namespace";

    private readonly PoolHttp _http;

    /// <summary>Creates the client.</summary>
    /// <param name="http">An HttpClient whose BaseAddress is the service.</param>
    /// <param name="apiKey">A CPO (or admin) API key, or null.</param>
    public ProvisioningClient(HttpClient http, string? apiKey = null) => _http = new PoolHttp(http, apiKey);

    /// <summary>Sends a CertificateInstallationReq or CertificateUpdateReq and returns the signed response.</summary>
    /// <param name="request">The EXI request.</param>
    /// <param name="xsdMsgDefNamespace">ISO-2 MsgDef or ISO-20 CommonMessages namespace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The EXI CertificateInstallationRes / CertificateUpdateRes.</returns>
    /// <exception cref="PncServiceException">The service refused (status and reason).</exception>
    public async Task<byte[]> ExchangeAsync(byte[] request, string xsdMsgDefNamespace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(xsdMsgDefNamespace);
        var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.Add(NamespaceHeader, xsdMsgDefNamespace);
        using HttpResponseMessage response = await _http.SendRawAsync(HttpMethod.Post, "v1/cps/exchange", null, cancellationToken, content)
            .ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
