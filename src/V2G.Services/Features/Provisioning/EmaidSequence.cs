using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Provisioning;
using V2G.Services.Storage;

namespace V2G.Services.Features.Provisioning;

/// <summary>
/// The MO's eMAID numbering: numbers come from a counter of the store (<see cref="IPncStore.NextSequenceAsync"/>), atomic across
/// every instance that shares it, so two instances never issue one eMAID. The counter starts past the highest number of the
/// certificates already issued (a store filled before the counter existed), read once per process; a number whose eMAID an MO
/// already uploaded contract data for is skipped.
/// </summary>
internal sealed class EmaidSequence
{
    /// <summary>How many taken numbers one call skips before it gives up.</summary>
    public const int MaximumProbes = 1000;

    private readonly IPncStore _store;
    private readonly EmaidPolicy _policy;
    private long _floor = -1;

    /// <summary>Creates the sequence of one service instance.</summary>
    public EmaidSequence(IPncStore store, EmaidPolicy policy)
    {
        _store = store;
        _policy = policy;
    }

    /// <summary>The store counter's name: one per eMAID prefix.</summary>
    public string CounterName => "emaid:" + _policy.Prefix;

    /// <summary>The next eMAID no contract of the pool has, or null when the policy's numbers are used up.</summary>
    public async Task<string?> NextAsync(string issuingCaName, CancellationToken ct)
    {
        if (Volatile.Read(ref _floor) < 0)
        {
            var issued = await _store.ListIssuedCertificatesAsync(issuingCaName, ct).ConfigureAwait(false);
            Volatile.Write(ref _floor, issued.Select(r => _policy.SequenceOf(r.Subject) ?? 0).DefaultIfEmpty(0).Max() + 1);
        }

        for (int probe = 0; probe < MaximumProbes; probe++)
        {
            long number = await _store.NextSequenceAsync(CounterName, Volatile.Read(ref _floor), ct).ConfigureAwait(false);
            if (number > EmaidPolicy.MaximumSequence)
            {
                return null;
            }

            string emaid = _policy.Create(number);
            if ((await _store.GetContractDataByEmaidAsync(emaid, ct).ConfigureAwait(false)).Count == 0)
            {
                return emaid;
            }
        }

        return null;
    }
}
