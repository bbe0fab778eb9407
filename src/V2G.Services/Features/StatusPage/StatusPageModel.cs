using System;
using System.Collections.Generic;
using V2G.Services.Storage;

namespace V2G.Services.Features.StatusPage;

/// <summary>Whether a certificate is inside its validity period at the time the page was made.</summary>
internal enum ValidityState
{
    /// <summary>notBefore &lt;= now &lt;= notAfter.</summary>
    Valid,

    /// <summary>now is after notAfter.</summary>
    Expired,

    /// <summary>now is before notBefore.</summary>
    NotYetValid,
}

/// <summary>What the store says about a certificate's revocation.</summary>
internal enum RevocationMark
{
    /// <summary>Its issuing CA of the folder has not revoked it.</summary>
    Good,

    /// <summary>Its issuing CA has revoked it.</summary>
    Revoked,

    /// <summary>A root: no CA above it publishes its status.</summary>
    NotApplicable,

    /// <summary>No CA of the folder issued it.</summary>
    UnknownIssuer,
}

/// <summary>One certificate row of the page.</summary>
internal sealed record CertificateRow(
    string Name, string Subject, string Issuer, string? IssuerName, string Serial, DateTimeOffset NotBefore, DateTimeOffset NotAfter,
    bool IsCertificateAuthority, bool CanSign, ValidityState Validity, RevocationMark Revocation, RevocationEntry? RevokedBy)
{
    /// <summary>The one-word state the page and its tests key on: revoked wins over the validity period.</summary>
    public string Status => Revocation == RevocationMark.Revoked ? "revoked" : StatusPageText.Validity(Validity);
}

/// <summary>One certificate the service issued.</summary>
internal sealed record IssuedRow(IssuedCertificateRecord Record, RevocationEntry? RevokedBy);

/// <summary>Everything the page shows, read once per request.</summary>
internal sealed record StatusPageModel(
    string Profile, DateTimeOffset Now, IReadOnlyList<CertificateRow> Certificates, IReadOnlyList<IssuedRow> Issued,
    int IssuedTotal, IReadOnlyList<ExchangeRecord> Exchanges);
