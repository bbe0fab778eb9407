using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Services.Storage;

/// <summary>A store that keeps everything in memory: for tests and for a bench that needs nothing to survive a restart.</summary>
public sealed class InMemoryPncStore : IPncStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<RevocationEntry>> _revoked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _crlNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);
    private readonly List<IssuedCertificateRecord> _issued = [];
    private readonly SortedDictionary<string, RootCertificateRecord> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProvisioningCertificateRecord> _provisioning = new(StringComparer.Ordinal);
    private List<ContractDataRecord> _contracts = [];
    private readonly LinkedList<ExchangeRecord> _exchanges = new();
    private long _version;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_version);
        }
    }

    /// <inheritdoc />
    public Task<RevocationState> GetRevocationStateAsync(string caName, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RevocationEntry> entries = _revoked.TryGetValue(caName, out var list) ? list.ToArray() : [];
            return Task.FromResult(new RevocationState(caName, entries, _crlNumbers.GetValueOrDefault(caName)));
        }
    }

    /// <inheritdoc />
    public Task<RevocationOutcome> RevokeAsync(RevocationEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            if (!_revoked.TryGetValue(entry.CaName, out var list))
            {
                _revoked[entry.CaName] = list = [];
            }

            long number = _crlNumbers.GetValueOrDefault(entry.CaName);
            if (list.Exists(e => e.SerialNumberHex == entry.SerialNumberHex))
            {
                return Task.FromResult(new RevocationOutcome(false, number));
            }

            list.Add(entry);
            _crlNumbers[entry.CaName] = ++number;
            _version++;
            return Task.FromResult(new RevocationOutcome(true, number));
        }
    }

    /// <inheritdoc />
    public Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caName);
        lock (_gate)
        {
            long number = Math.Max(_crlNumbers.GetValueOrDefault(caName) + 1, minimum);
            _crlNumbers[caName] = number;
            return Task.FromResult(number);
        }
    }

    /// <inheritdoc />
    public Task<long> NextSequenceAsync(string name, long minimum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            long next = Math.Max(_sequences.GetValueOrDefault(name) + 1, minimum);
            _sequences[name] = next;
            return Task.FromResult(next);
        }
    }

    /// <inheritdoc />
    public Task AddIssuedCertificateAsync(IssuedCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _issued.RemoveAll(r => r.CaName == record.CaName && r.SerialNumberHex == record.SerialNumberHex);
            _issued.Add(record);
            _version++;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IssuedCertificateRecord?> FindIssuedCertificateAsync(
        string caName, string serialNumberHex, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_issued.Find(r => r.CaName == caName && r.SerialNumberHex == serialNumberHex));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IssuedCertificateRecord>> ListIssuedCertificatesAsync(
        string? caName, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<IssuedCertificateRecord> list = _issued
                .Where(r => caName == null || r.CaName == caName).Reverse().ToArray();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task PutRootCertificateAsync(RootCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _roots[record.RootCertificateId] = record;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RootCertificateRecord?> GetRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_roots.GetValueOrDefault(rootCertificateId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RootCertificateRecord>> ListRootCertificatesAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<RootCertificateRecord>>(_roots.Values.ToArray());
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_roots.Remove(rootCertificateId));
        }
    }

    /// <inheritdoc />
    public Task PutProvisioningCertificateAsync(ProvisioningCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _provisioning[record.Pcid] = record;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ProvisioningCertificateRecord?> GetProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_provisioning.GetValueOrDefault(pcid));
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_provisioning.Remove(pcid));
        }
    }

    /// <inheritdoc />
    public Task PutContractDataAsync(ContractDataRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _contracts = ContractPoolRules.Put(_contracts, record);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ContractDataRecord>> GetContractDataByEmaidAsync(string emaid, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ContractDataRecord>>(_contracts.Where(c => c.Emaid == emaid).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ContractDataRecord>> GetContractDataByPcidAsync(string pcid, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ContractDataRecord>>(_contracts.Where(c => c.Pcid == pcid).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<bool> SetDefaultContractAsync(string pcid, string emaid, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            List<ContractDataRecord>? next = ContractPoolRules.SetDefault(_contracts, pcid, emaid);
            _contracts = next ?? _contracts;
            return Task.FromResult(next != null);
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteContractDataAsync(string emaid, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _contracts = ContractPoolRules.Delete(_contracts, emaid, out int removed);
            return Task.FromResult(removed);
        }
    }

    /// <inheritdoc />
    public Task AddExchangeAsync(ExchangeRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _exchanges.AddFirst(record);
            if (_exchanges.Count > StoreLimits.ExchangeLog)
            {
                _exchanges.RemoveLast();
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeRecord>> GetRecentExchangesAsync(int maximum, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ExchangeRecord>>(_exchanges.Take(Math.Max(0, maximum)).ToArray());
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
