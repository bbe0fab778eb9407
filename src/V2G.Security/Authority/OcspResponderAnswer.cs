using System;
using System.Collections.Generic;
using V2G.Security.Revocation;

namespace V2G.Security.Authority;

/// <summary>What the responder said about one certificate of a request.</summary>
/// <param name="CaName">The issuing CA.</param>
/// <param name="SerialNumberHex">The serial asked about (form of <see cref="CertificateSerial"/>).</param>
/// <param name="Status">good, revoked or unknown.</param>
/// <param name="RevokedAt">When it was revoked, for a revoked one.</param>
/// <param name="Reason">Why it was revoked, for a revoked one.</param>
public sealed record OcspSingleAnswer(
    string CaName, string SerialNumberHex, RevocationStatus Status, DateTimeOffset? RevokedAt, RevocationReason? Reason);

/// <summary>The DER OCSPResponse the responder produced for a request, and what it says.</summary>
/// <param name="Der">The OCSPResponse bytes, to send as application/ocsp-response.</param>
/// <param name="ResponseStatus">The responseStatus inside.</param>
/// <param name="Answers">One per single request (empty unless successful).</param>
/// <param name="ThisUpdate">thisUpdate of the answers (successful only).</param>
/// <param name="NextUpdate">nextUpdate of the answers (successful only).</param>
/// <param name="HasNonce">Whether the request carried a nonce (the response echoes it and must not be cached by anyone).</param>
/// <param name="FromCache">Whether a pre-signed response was served.</param>
/// <param name="Detail">Why the request was refused, or a short summary of the answers.</param>
public sealed record OcspResponderAnswer(
    byte[] Der, OcspResponseStatusCode ResponseStatus, IReadOnlyList<OcspSingleAnswer> Answers, DateTimeOffset? ThisUpdate,
    DateTimeOffset? NextUpdate, bool HasNonce, bool FromCache, string Detail)
{
    /// <summary>A successful answer without nonce: the same bytes may be served to anyone until <see cref="NextUpdate"/>.</summary>
    public bool IsCacheable => ResponseStatus == OcspResponseStatusCode.Successful && !HasNonce && NextUpdate is not null;
}
