using System;
using System.Collections.Generic;
using V2G.Security.Revocation;

namespace V2G.Security.Authority;

/// <summary>One revoked certificate of a CA.</summary>
/// <param name="SerialNumberHex">The serial in the form of <see cref="CertificateSerial"/>.</param>
/// <param name="RevokedAt">When the revocation took effect.</param>
/// <param name="Reason">The CRLReason.</param>
public sealed record AuthorityRevocation(string SerialNumberHex, DateTimeOffset RevokedAt, RevocationReason Reason);

/// <summary>The revocation state of one CA.</summary>
/// <param name="Entries">The revoked certificates.</param>
/// <param name="CrlNumber">The CRLNumber its current CRL carries.</param>
public sealed record AuthorityRevocations(IReadOnlyList<AuthorityRevocation> Entries, long CrlNumber);
