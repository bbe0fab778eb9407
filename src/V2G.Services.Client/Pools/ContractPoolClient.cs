using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using V2G.Services.Client.Opcp;

namespace V2G.Services.Client.Pools;

/// <summary>Client of the OPCP contract certificate pool (<c>/v1/ccp</c>), including the CPO's signedContractData exchange.</summary>
public sealed class ContractPoolClient
{
    private readonly PoolHttp _http;

    /// <summary>Creates the client.</summary>
    /// <param name="http">An HttpClient whose BaseAddress is the service.</param>
    /// <param name="apiKey">The API key sent with each request (MO uploads, CPO exchanges, OEM reads), or null.</param>
    public ContractPoolClient(HttpClient http, string? apiKey = null) => _http = new PoolHttp(http, apiKey);

    /// <summary>Uploads signed contract data (MO key).</summary>
    /// <param name="upload">The data.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">The service refused (422 when the data does not verify).</exception>
    public Task PutAsync(SignedContractDataUpload upload, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Put, "v1/ccp/signedContractData", upload, cancellationToken);

    /// <summary>Posts a car's CertificateInstallationReq (CPO key) and returns the signed responses.</summary>
    /// <param name="certificateInstallationReq">The EXI request.</param>
    /// <param name="xsdMsgDefNamespace">Its namespace.</param>
    /// <param name="metadata">Free text, echoed back.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One entry per delivered contract.</returns>
    public async Task<IReadOnlyList<MessageDef>> ExchangeAsync(
        byte[] certificateInstallationReq, string xsdMsgDefNamespace, string? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(certificateInstallationReq);
        var response = await _http.SendAsync<SignedContractDataExchangeResponse>(HttpMethod.Post, "v1/ccp/signedContractData",
            new SignedContractDataExchangeRequest(Convert.ToBase64String(certificateInstallationReq), xsdMsgDefNamespace, metadata),
            cancellationToken).ConfigureAwait(false);
        var result = new List<MessageDef>();
        foreach (EmaidContent content in response.CcpResponse?.EmaidContent ?? [])
        {
            if (content.MessageDef != null)
            {
                result.Add(content.MessageDef);
            }
        }

        return result;
    }

    /// <summary>The contracts of an eMAID.</summary>
    /// <param name="emaid">The eMAID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">The service refused (404 when the pool has none).</exception>
    public async Task<IReadOnlyList<ContractSummary>> LookupContractAsync(string emaid, CancellationToken cancellationToken = default) =>
        (await _http.SendAsync<ContractLookupResponse>(HttpMethod.Get, "v1/ccp/lookupContract/" + PoolHttp.Segment(emaid), null,
            cancellationToken).ConfigureAwait(false)).XmlContracts ?? [];

    /// <summary>The contracts of a vehicle (OEM key).</summary>
    /// <param name="pcid">The PCID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IReadOnlyList<ContractSummary>> GetContractsAsync(string pcid, CancellationToken cancellationToken = default) =>
        (await _http.SendAsync<ContractLookupResponse>(HttpMethod.Get, "v1/ccp/signedContractData/" + PoolHttp.Segment(pcid), null,
            cancellationToken).ConfigureAwait(false)).XmlContracts ?? [];

    /// <summary>Makes an eMAID's contract the vehicle's default (OEM key).</summary>
    /// <param name="pcid">The PCID.</param>
    /// <param name="emaid">The eMAID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task SetDefaultAsync(string pcid, string emaid, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, $"v1/ccp/signedContractData/{PoolHttp.Segment(pcid)}/{PoolHttp.Segment(emaid)}/default", null,
            cancellationToken);

    /// <summary>The signed contract data of an eMAID for a vehicle (OEM key).</summary>
    /// <param name="emaid">The eMAID.</param>
    /// <param name="pcid">The PCID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<ProvideContractDataResponse> ProvideAsync(string emaid, string pcid, CancellationToken cancellationToken = default) =>
        _http.SendAsync<ProvideContractDataResponse>(HttpMethod.Get,
            $"v1/ccp/provideSignedContractData/{PoolHttp.Segment(emaid)}/{PoolHttp.Segment(pcid)}", null, cancellationToken);

    /// <summary>Removes every contract of an eMAID (MO key).</summary>
    /// <param name="emaid">The eMAID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteAsync(string emaid, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Delete, "v1/ccp/signedContractData/" + PoolHttp.Segment(emaid), null, cancellationToken);
}
