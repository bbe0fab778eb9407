using System;
using System.Collections.Generic;

namespace V2G.Services.Features.Admin;

/// <summary>The answer to a revocation: what is now revoked and the CRLNumber of the CA's CRL that lists it.</summary>
internal sealed record RevocationResult(
    string CaName, string SerialNumber, DateTimeOffset RevokedAt, string Reason, bool Added, long CrlNumber);

/// <summary>One revoked certificate in a listing.</summary>
internal sealed record RevokedItem(string SerialNumber, DateTimeOffset RevokedAt, string Reason);

/// <summary>The revocations of one CA.</summary>
internal sealed record AuthorityRevocationList(string CaName, long CrlNumber, IReadOnlyList<RevokedItem> Revocations);

/// <summary>The answer of <c>GET /v1/admin/revocations</c>.</summary>
internal sealed record RevocationListing(IReadOnlyList<AuthorityRevocationList> Authorities);
