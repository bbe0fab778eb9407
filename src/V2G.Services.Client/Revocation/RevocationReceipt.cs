using System;
using System.Collections.Generic;

namespace V2G.Services.Client.Revocation;

/// <summary>The service's answer to a revocation.</summary>
/// <param name="CaName">The issuing CA.</param>
/// <param name="SerialNumber">The revoked serial (upper-case hex).</param>
/// <param name="RevokedAt">When the revocation took effect.</param>
/// <param name="Reason">The RFC 5280 reason name.</param>
/// <param name="Added">False when it was revoked already.</param>
/// <param name="CrlNumber">The CA's CRL counter after the revocation; every CRL signed from now on lists the certificate under a
/// larger number.</param>
public sealed record RevocationReceipt(string CaName, string SerialNumber, DateTimeOffset RevokedAt, string Reason, bool Added, long CrlNumber);

/// <summary>One revoked certificate of a listing.</summary>
/// <param name="SerialNumber">Upper-case hex.</param>
/// <param name="RevokedAt">When.</param>
/// <param name="Reason">The RFC 5280 reason name.</param>
public sealed record RevokedCertificate(string SerialNumber, DateTimeOffset RevokedAt, string Reason);

/// <summary>The revocations of one CA.</summary>
/// <param name="CaName">The CA.</param>
/// <param name="CrlNumber">Its current CRLNumber.</param>
/// <param name="Revocations">Its revoked certificates.</param>
public sealed record CaRevocations(string CaName, long CrlNumber, IReadOnlyList<RevokedCertificate> Revocations);
