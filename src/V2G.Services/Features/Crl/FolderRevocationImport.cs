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
/// restart or a second instance on the same store changes nothing. The CRL numbers of the store are moved past the folder
/// CRLs' own numbers, so that no CRL the service publishes repeats the number of a folder CRL (RFC 5280 5.2.3).
/// </summary>
internal sealed class FolderRevocationImport(
    PkiDirectory pki, IPncStore store, ILogger<FolderRevocationImport> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        int added = 0;
        var revocations = FolderRevocations.Read(pki, out var skipped, out var folderNumbers);
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

        foreach ((string caName, long folderNumber) in folderNumbers)
        {
            RevocationState state = await store.GetRevocationStateAsync(caName, cancellationToken).ConfigureAwait(false);
            if (state.CrlNumber <= folderNumber)
            {
                await store.AdvanceCrlNumberAsync(caName, folderNumber + 1, cancellationToken).ConfigureAwait(false);
            }
        }

        logger.LogInformation("folder CRLs: {Count} revocations, {Added} new in the store", revocations.Count, added);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
