using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using V2G.Security.Authority;
using V2G.Services.Storage;

namespace V2G.Services.Features.Crl;

/// <summary>
/// At start, records in the store every revocation the PKI folder's own CRLs state (e.g. ContractCert2 of the shared PKI),
/// so that OCSP and the published CRLs agree with the folder. Idempotent: the store ignores a repeated revocation, so a
/// restart or a second instance on the same store changes nothing (and does not bump the CRL number).
/// </summary>
internal sealed class FolderRevocationImport(
    PkiDirectory pki, AuthorityKeyring keyring, IPncStore store, ILogger<FolderRevocationImport> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        int added = 0;
        var revocations = FolderRevocations.Read(pki, keyring, out var skipped);
        foreach (string problem in skipped)
        {
            logger.LogWarning("folder CRL not imported: {Problem}", problem);
        }

        foreach (FolderRevocation revocation in revocations)
        {
            RevocationOutcome outcome = await store.RevokeAsync(new RevocationEntry(revocation.CaName,
                revocation.Revocation.SerialNumberHex, revocation.Revocation.RevokedAt, (int)revocation.Revocation.Reason),
                cancellationToken).ConfigureAwait(false);
            added += outcome.Added ? 1 : 0;
        }

        logger.LogInformation("folder CRLs: {Count} revocations, {Added} new in the store", revocations.Count, added);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
