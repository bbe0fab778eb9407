using System;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Security.Revocation;

/// <summary>Sends an OCSP request to a responder; a seam so that tests and services can supply their own responder.</summary>
public interface IOcspTransport
{
    /// <summary>Posts <paramref name="request"/> to <paramref name="responderUrl"/> and returns the parsed response or why there is none.</summary>
    Task<OcspFetchResult> FetchAsync(Uri responderUrl, OcspRequest request, CancellationToken cancellationToken = default);
}
