using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using V2G.Services.Client.Opcp;

namespace V2G.Services.Client.Pools;

/// <summary>Client of the OPCP provisioning certificate pool (<c>/v1/oem/provCerts</c>).</summary>
public sealed class ProvisioningPoolClient
{
    private readonly PoolHttp _http;

    /// <summary>Creates the client.</summary>
    /// <param name="http">An HttpClient whose BaseAddress is the service.</param>
    /// <param name="apiKey">The API key sent with each request (OEM writes; MO and OEM read), or null.</param>
    public ProvisioningPoolClient(HttpClient http, string? apiKey = null) => _http = new PoolHttp(http, apiKey);

    /// <summary>Uploads a vehicle's provisioning chain (OEM key).</summary>
    /// <param name="upload">The chain.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The chain as the pool holds it.</returns>
    /// <exception cref="PncServiceException">The service refused (422 when the chain does not validate).</exception>
    public Task<ProvisioningCertificateData> PutAsync(ProvisioningCertificateUpload upload, CancellationToken cancellationToken = default) =>
        _http.SendAsync<ProvisioningCertificateData>(HttpMethod.Put, "v1/oem/provCerts", upload, cancellationToken);

    /// <summary>The chain of a PCID.</summary>
    /// <param name="pcid">The PCID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="PncServiceException">The service refused (404 for an unknown PCID).</exception>
    public async Task<ProvisioningCertificateData> GetAsync(string pcid, CancellationToken cancellationToken = default)
    {
        var response = await _http.SendAsync<ProvisioningCertificateResponse>(HttpMethod.Get, "v1/oem/provCerts/" + PoolHttp.Segment(pcid),
            null, cancellationToken).ConfigureAwait(false);
        return response.OemMessage ?? throw new PncServiceException(System.Net.HttpStatusCode.OK, ["no OEMMessage in the answer"], null);
    }

    /// <summary>Whether the pool knows the vehicle, with its contracts' eMAIDs.</summary>
    /// <param name="pcid">The PCID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<VehicleLookupResponse> LookupVehicleAsync(string pcid, CancellationToken cancellationToken = default) =>
        _http.SendAsync<VehicleLookupResponse>(HttpMethod.Get, "v1/oem/provCerts/lookupVehicle/" + PoolHttp.Segment(pcid), null,
            cancellationToken);

    /// <summary>Removes the chain of a PCID (OEM key).</summary>
    /// <param name="pcid">The PCID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteAsync(string pcid, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Delete, "v1/oem/provCerts/" + PoolHttp.Segment(pcid), null, cancellationToken);
}
