using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using V2G.Services.Storage;

namespace V2G.Services.Features.Provisioning;

/// <summary>
/// Revocation from the service's own state: a snapshot of the store's revocation entries of the PKI folder's CAs, taken when a
/// request starts (so a revocation made by any instance counts from the next request on). The store speaks for a CA only when
/// every revocation of it goes through the store: the service holds its key (it signs its CRLs and OCSP answers), or its folder
/// CRL was imported at start (the store's CRL number then went past the folder CRL's). A certificate of such a CA is good unless
/// its serial is listed; one of any other CA, the folder's keyless CAs without a CRL included, is unknown (fail closed).
/// </summary>
public sealed class StoreRevocationChecker : IRevocationChecker
{
    private readonly IReadOnlyList<(PkiDirectoryEntry Ca, RevocationState State)> _states;

    private StoreRevocationChecker(IReadOnlyList<(PkiDirectoryEntry, RevocationState)> states) => _states = states;

    /// <summary>Reads the revocation state of every CA of the folder.</summary>
    /// <param name="store">The store.</param>
    /// <param name="pki">The PKI folder.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The checker.</returns>
    public static async Task<StoreRevocationChecker> LoadAsync(IPncStore store, PkiDirectory pki, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pki);
        var states = new List<(PkiDirectoryEntry, RevocationState)>();
        foreach (PkiDirectoryEntry ca in pki.Entries.Where(e => e.IsCertificateAuthority))
        {
            RevocationState state = await store.GetRevocationStateAsync(ca.Name, cancellationToken).ConfigureAwait(false);
            if (ca.HasPrivateKey || state.CrlNumber > 0)
            {
                states.Add((ca, state));
            }
        }

        return new StoreRevocationChecker(states);
    }

    /// <inheritdoc/>
    public RevocationCheckResult Check(X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset validationTime)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        foreach ((PkiDirectoryEntry ca, RevocationState state) in _states)
        {
            if (!ca.Certificate.RawData.AsSpan().SequenceEqual(issuer.RawData))
            {
                continue;
            }

            string source = $"revocation state of {ca.Name} in the service store (CRLNumber {state.CrlNumber})";
            string serial = CertificateSerial.Of(certificate);
            RevocationEntry? entry = state.Entries.FirstOrDefault(e =>
                CertificateSerial.TryParse(e.SerialNumberHex, out string listed) && listed == serial);
            if (entry is not null && entry.RevokedAt <= validationTime)
            {
                return new RevocationCheckResult(RevocationStatus.Revoked, source,
                    $"serial {serial} revoked at {entry.RevokedAt:u} (reason {entry.Reason})", entry.RevokedAt)
                {
                    RevocationReason = RevocationReasonNames.TryFromCode(entry.Reason, out RevocationReason reason) ? reason : null,
                };
            }

            return new RevocationCheckResult(RevocationStatus.Good, source, $"serial {serial} is not revoked");
        }

        return new RevocationCheckResult(RevocationStatus.Unknown, "service store",
            $"the service has no revocation state of the issuer '{issuer.Subject}' (not a CA of its PKI folder, or one without key and CRL)");
    }
}
