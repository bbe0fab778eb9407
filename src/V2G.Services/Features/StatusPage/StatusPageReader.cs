using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Services.Storage;

namespace V2G.Services.Features.StatusPage;

/// <summary>Reads the page's model: the PKI folder's certificates with their validity and the store's revocations.</summary>
internal sealed class StatusPageReader
{
    /// <summary>How many provisioning exchanges the page lists.</summary>
    public const int ExchangeCount = 50;

    /// <summary>How many issued certificates the page lists (newest first); a load run issues thousands.</summary>
    public const int IssuedCount = 100;

    private readonly PkiDirectory _pki;
    private readonly IPncStore _store;
    private readonly TimeProvider _time;

    // The issuer of a folder certificate never changes while the service runs; finding it verifies a signature.
    private readonly Lazy<IReadOnlyDictionary<string, string?>> _issuers;

    public StatusPageReader(PkiDirectory pki, IPncStore store, TimeProvider time)
    {
        _pki = pki;
        _store = store;
        _time = time;
        _issuers = new Lazy<IReadOnlyDictionary<string, string?>>(
            () => pki.Entries.ToDictionary(e => e.Name, e => e.IsSelfSigned ? e.Name : pki.FindIssuer(e.Certificate)?.Name));
    }

    /// <summary>Reads the model.</summary>
    /// <exception cref="StoreUnavailableException">The store does not answer.</exception>
    public async Task<StatusPageModel> ReadAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = _time.GetUtcNow();
        var revocations = new Dictionary<string, RevocationState>(StringComparer.Ordinal);

        async Task<RevocationEntry?> RevokedAsync(string caName, string serial)
        {
            if (!revocations.TryGetValue(caName, out RevocationState? state))
            {
                state = await _store.GetRevocationStateAsync(caName, cancellationToken).ConfigureAwait(false);
                revocations[caName] = state;
            }

            return state.Entries.FirstOrDefault(e => string.Equals(e.SerialNumberHex, serial, StringComparison.OrdinalIgnoreCase));
        }

        var rows = new List<CertificateRow>();
        foreach (PkiDirectoryEntry entry in _pki.Entries)
        {
            X509Certificate2 certificate = entry.Certificate;
            string serial = CertificateSerial.Of(certificate);
            string? issuer = _issuers.Value[entry.Name];
            RevocationEntry? revokedBy = null;
            RevocationMark mark;
            if (entry.IsSelfSigned)
            {
                mark = RevocationMark.NotApplicable;
            }
            else if (issuer == null)
            {
                mark = RevocationMark.UnknownIssuer;
            }
            else
            {
                revokedBy = await RevokedAsync(issuer, serial).ConfigureAwait(false);
                mark = revokedBy == null ? RevocationMark.Good : RevocationMark.Revoked;
            }

            rows.Add(new CertificateRow(entry.Name, certificate.Subject, certificate.Issuer, entry.IsSelfSigned ? null : issuer, serial,
                new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()),
                entry.IsCertificateAuthority, entry.IsCertificateAuthority && entry.HasPrivateKey,
                ValidityOf(certificate, now), mark, revokedBy));
        }

        IReadOnlyList<IssuedCertificateRecord> allIssued = await _store.ListIssuedCertificatesAsync(null, cancellationToken).ConfigureAwait(false);
        var issued = new List<IssuedRow>();
        foreach (IssuedCertificateRecord record in allIssued.Take(IssuedCount))
        {
            issued.Add(new IssuedRow(record, await RevokedAsync(record.CaName, record.SerialNumberHex).ConfigureAwait(false)));
        }

        IReadOnlyList<ExchangeRecord> exchanges = await _store.GetRecentExchangesAsync(ExchangeCount, cancellationToken).ConfigureAwait(false);
        return new StatusPageModel(_pki.Profile.ToString(), now, rows, issued, allIssued.Count, exchanges);
    }

    private static ValidityState ValidityOf(X509Certificate2 certificate, DateTimeOffset now)
    {
        if (now < certificate.NotBefore.ToUniversalTime())
        {
            return ValidityState.NotYetValid;
        }

        return now > certificate.NotAfter.ToUniversalTime() ? ValidityState.Expired : ValidityState.Valid;
    }
}
