using System;
using V2G.Security.Revocation;

namespace V2G.Services.Client.Revocation;

/// <summary>What a responder said of one certificate, after the response was verified.</summary>
/// <param name="Status">good, revoked, or unknown (also when the response was refused: see <see cref="Verification"/>).</param>
/// <param name="Verification">The verifier's result: the responder, the failure if any, revocation time and reason.</param>
/// <param name="ResponseStatus">The OCSPResponseStatus (0 successful, 1 malformedRequest, 6 unauthorized, ...).</param>
/// <param name="ThisUpdate">thisUpdate of the single response, when there is one.</param>
/// <param name="NextUpdate">nextUpdate of the single response, when there is one.</param>
/// <param name="ResponseDer">The DER OCSPResponse as received.</param>
public sealed record OcspCheckResult(
    RevocationStatus Status, RevocationSourceResult Verification, int ResponseStatus, DateTimeOffset? ThisUpdate,
    DateTimeOffset? NextUpdate, byte[] ResponseDer)
{
    /// <summary>True when the response verified (signature, responder, CertID, freshness, nonce).</summary>
    public bool IsVerified => Verification.IsVerified;
}
