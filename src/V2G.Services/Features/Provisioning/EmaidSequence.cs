using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Provisioning;
using V2G.Services.Storage;

namespace V2G.Services.Features.Provisioning;

/// <summary>
/// The MO's eMAID numbering across service instances that share one store, without a store-side counter. In one process a lock
/// and a counter hand out numbers; the issued certificates are scanned once per process (and again only when a number turns out
/// taken), and each candidate is probed in the contract pool, so numbers another instance gave out earlier are skipped. Two
/// instances that pick the same number at the same moment are told apart after the contract is pooled
/// (<see cref="HoldsAsync"/>): the older pool record keeps the eMAID, the other instance withdraws its record and retries.
/// </summary>
internal sealed class EmaidSequence : IDisposable
{
    /// <summary>How many taken numbers one call skips before it gives up.</summary>
    public const int MaximumProbes = 1000;

    private readonly IPncStore _store;
    private readonly EmaidPolicy _policy;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private long _last;
    private bool _scanned;

    /// <summary>Creates the sequence of one service instance.</summary>
    public EmaidSequence(IPncStore store, EmaidPolicy policy)
    {
        _store = store;
        _policy = policy;
    }

    /// <summary>The next eMAID no contract of the pool has, or null when the policy's numbers are used up.</summary>
    public async Task<string?> NextAsync(string issuingCaName, CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!_scanned)
            {
                await ScanAsync(issuingCaName, ct).ConfigureAwait(false);
                _scanned = true;
            }

            for (int probe = 0; probe < MaximumProbes && _last < EmaidPolicy.MaximumSequence; probe++)
            {
                string emaid = _policy.Create(++_last);
                if ((await _store.GetContractDataByEmaidAsync(emaid, ct).ConfigureAwait(false)).Count == 0)
                {
                    return emaid;
                }

                if (probe == 0)
                {
                    // Another instance numbered contracts since this one scanned: jump past them with one scan.
                    await ScanAsync(issuingCaName, ct).ConfigureAwait(false);
                }
            }

            return null;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Whether the just pooled contract <paramref name="mine"/> keeps its eMAID. False when an older pool record of another
    /// vehicle has it (then <paramref name="mine"/> is withdrawn: the eMAID's records are put back without it) or when a concurrent
    /// issuance for the same vehicle replaced it; the caller revokes its certificate and tries the next number.
    /// </summary>
    public async Task<bool> HoldsAsync(ContractDataRecord mine, CancellationToken ct)
    {
        IReadOnlyList<ContractDataRecord> records = await _store.GetContractDataByEmaidAsync(mine.Emaid, ct).ConfigureAwait(false);
        int index = records.ToList().FindIndex(r => ContractPoolRules.SameKey(r, mine));
        if (index < 0)
        {
            // Withdrawn by the other instance of a race, which saw this record as the older one (or removed by the MO).
            return true;
        }

        if (!records[index].ContractCertificate.AsSpan().SequenceEqual(mine.ContractCertificate))
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        ContractDataRecord[] others = records.Where(r => !ContractPoolRules.SameKey(r, mine)).ToArray();
        await _store.DeleteContractDataAsync(mine.Emaid, ct).ConfigureAwait(false);
        foreach (ContractDataRecord other in others)
        {
            await _store.PutContractDataAsync(other, ct).ConfigureAwait(false);
        }

        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();

    private async Task ScanAsync(string issuingCaName, CancellationToken ct)
    {
        IReadOnlyList<IssuedCertificateRecord> issued = await _store.ListIssuedCertificatesAsync(issuingCaName, ct).ConfigureAwait(false);
        long highest = issued.Select(r => _policy.SequenceOf(r.Subject) ?? 0).DefaultIfEmpty(0).Max();
        _last = Math.Max(_last, highest);
    }
}
