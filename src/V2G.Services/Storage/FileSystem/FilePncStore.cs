using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Services.Storage.FileSystem;

/// <summary>
/// The default store of <c>v2g serve</c>: JSON files in one folder, each replaced atomically on change, read back at start.
/// One store (one process) per folder: <see cref="InitializeAsync"/> takes an exclusive lock on the folder and refuses a
/// second one; several service instances share a PostgreSQL store instead. Reads serve an in-memory copy that only this
/// store changes; writes are serialized and reach the disk before they are visible.
/// </summary>
public sealed class FilePncStore : IPncStore
{
    /// <summary>The folder layout this store reads and writes.</summary>
    public const int FormatVersion = 1;

    private const string FormatFile = "format.json";
    private const string RevocationsFile = "revocations.json";
    private const string IssuedFile = "issued.json";
    private const string RootsFile = "roots.json";
    private const string ProvisioningFile = "provisioning.json";
    private const string ContractsFile = "contracts.json";
    private const string ExchangesFile = "exchanges.json";
    private const string SequencesFile = "sequences.json";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly DataFolder _folder;
    private FolderLock? _lock;
    private bool _disposed;

    // Immutable snapshots: a write builds the next one, saves it, then publishes it.
    private volatile RevocationsDocument _revocations = new(0, []);
    private volatile IssuedDocument _issued = new(0, []);
    private volatile List<RootCertificateRecord> _roots = [];
    private volatile List<ProvisioningCertificateRecord> _provisioning = [];
    private volatile List<ContractDataRecord> _contracts = [];
    private volatile List<ExchangeRecord> _exchanges = [];
    private volatile SequencesDocument _sequences = new(new Dictionary<string, long>());

    /// <summary>Creates a store on a folder (created by <see cref="InitializeAsync"/> if missing).</summary>
    /// <param name="directory">The data folder.</param>
    public FilePncStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _folder = new DataFolder(Path.GetFullPath(directory));
    }

    /// <summary>The data folder (full path).</summary>
    public string Directory => _folder.Path;

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">
    /// The folder cannot be created or read, holds files of another layout or broken files, or another store holds it.
    /// </exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_lock != null)
            {
                return;
            }

            FolderLock folderLock = _folder.Lock();
            try
            {
                await LoadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                folderLock.Dispose();
                throw;
            }

            _lock = folderLock;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult(_revocations.Version + _issued.Version);
    }

    /// <inheritdoc />
    public Task<RevocationState> GetRevocationStateAsync(string caName, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        CaRevocations? ca = _revocations.Authorities.FirstOrDefault(a => a.CaName == caName);
        return Task.FromResult(new RevocationState(caName, ca?.Entries ?? [], ca?.CrlNumber ?? 0));
    }

    /// <inheritdoc />
    public async Task<RevocationOutcome> RevokeAsync(RevocationEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await WriteAsync(async () =>
        {
            RevocationsDocument current = _revocations;
            CaRevocations ca = current.Authorities.FirstOrDefault(a => a.CaName == entry.CaName) ?? new(entry.CaName, 0, []);
            if (ca.Entries.Any(e => e.SerialNumberHex == entry.SerialNumberHex))
            {
                return new RevocationOutcome(false, ca.CrlNumber);
            }

            var changed = new CaRevocations(ca.CaName, ca.CrlNumber + 1, [.. ca.Entries, entry]);
            var next = new RevocationsDocument(
                current.Version + 1, [.. current.Authorities.Where(a => a.CaName != entry.CaName), changed]);
            await SaveAsync(RevocationsFile, next, FileStoreJson.Default.RevocationsDocument, cancellationToken).ConfigureAwait(false);
            _revocations = next;
            return new RevocationOutcome(true, changed.CrlNumber);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caName);
        return await WriteAsync(async () =>
        {
            RevocationsDocument current = _revocations;
            CaRevocations ca = current.Authorities.FirstOrDefault(a => a.CaName == caName) ?? new(caName, 0, []);
            var changed = ca with { CrlNumber = Math.Max(ca.CrlNumber + 1, minimum) };
            // The change version stays: no OCSP answer depends on a CRL number.
            var next = new RevocationsDocument(current.Version, [.. current.Authorities.Where(a => a.CaName != caName), changed]);
            await SaveAsync(RevocationsFile, next, FileStoreJson.Default.RevocationsDocument, cancellationToken).ConfigureAwait(false);
            _revocations = next;
            return changed.CrlNumber;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> NextSequenceAsync(string name, long minimum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await WriteAsync(async () =>
        {
            var counters = new Dictionary<string, long>(_sequences.Counters, StringComparer.Ordinal);
            long next = Math.Max(counters.GetValueOrDefault(name) + 1, minimum);
            counters[name] = next;
            var document = new SequencesDocument(counters);
            await SaveAsync(SequencesFile, document, FileStoreJson.Default.SequencesDocument, cancellationToken).ConfigureAwait(false);
            _sequences = document;
            return next;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task AddIssuedCertificateAsync(IssuedCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await WriteAsync(async () =>
        {
            IssuedDocument current = _issued;
            var next = new IssuedDocument(current.Version + 1, [
                .. current.Certificates.Where(r => r.CaName != record.CaName || r.SerialNumberHex != record.SerialNumberHex),
                record]);
            await SaveAsync(IssuedFile, next, FileStoreJson.Default.IssuedDocument, cancellationToken).ConfigureAwait(false);
            _issued = next;
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IssuedCertificateRecord?> FindIssuedCertificateAsync(
        string caName, string serialNumberHex, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult(_issued.Certificates.FirstOrDefault(r => r.CaName == caName && r.SerialNumberHex == serialNumberHex));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IssuedCertificateRecord>> ListIssuedCertificatesAsync(
        string? caName, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        IReadOnlyList<IssuedCertificateRecord> list = _issued.Certificates
            .Where(r => caName == null || r.CaName == caName).Reverse().ToArray();
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public async Task PutRootCertificateAsync(RootCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await WriteAsync(async () =>
        {
            var next = _roots.Where(r => r.RootCertificateId != record.RootCertificateId).Append(record)
                .OrderBy(r => r.RootCertificateId, StringComparer.Ordinal).ToList();
            await SaveAsync(RootsFile, next, FileStoreJson.Default.ListRootCertificateRecord, cancellationToken).ConfigureAwait(false);
            _roots = next;
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<RootCertificateRecord?> GetRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult(_roots.Find(r => r.RootCertificateId == rootCertificateId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RootCertificateRecord>> ListRootCertificatesAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult<IReadOnlyList<RootCertificateRecord>>(_roots.ToArray());
    }

    /// <inheritdoc />
    public Task<bool> DeleteRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default) =>
        WriteAsync(async () =>
        {
            var next = _roots.Where(r => r.RootCertificateId != rootCertificateId).ToList();
            if (next.Count == _roots.Count)
            {
                return false;
            }

            await SaveAsync(RootsFile, next, FileStoreJson.Default.ListRootCertificateRecord, cancellationToken).ConfigureAwait(false);
            _roots = next;
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public async Task PutProvisioningCertificateAsync(ProvisioningCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await WriteAsync(async () =>
        {
            var next = _provisioning.Where(p => p.Pcid != record.Pcid).Append(record).ToList();
            await SaveProvisioningAsync(next, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ProvisioningCertificateRecord?> GetProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult(_provisioning.Find(p => p.Pcid == pcid));
    }

    /// <inheritdoc />
    public Task<bool> DeleteProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default) =>
        WriteAsync(async () =>
        {
            var next = _provisioning.Where(p => p.Pcid != pcid).ToList();
            if (next.Count == _provisioning.Count)
            {
                return false;
            }

            await SaveProvisioningAsync(next, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public async Task PutContractDataAsync(ContractDataRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await WriteAsync(async () =>
        {
            await SaveContractsAsync(ContractPoolRules.Put(_contracts, record), cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ContractDataRecord>> GetContractDataByEmaidAsync(string emaid, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult<IReadOnlyList<ContractDataRecord>>(_contracts.Where(c => c.Emaid == emaid).ToArray());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ContractDataRecord>> GetContractDataByPcidAsync(string pcid, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult<IReadOnlyList<ContractDataRecord>>(_contracts.Where(c => c.Pcid == pcid).ToArray());
    }

    /// <inheritdoc />
    public Task<bool> SetDefaultContractAsync(string pcid, string emaid, CancellationToken cancellationToken = default) =>
        WriteAsync(async () =>
        {
            List<ContractDataRecord>? next = ContractPoolRules.SetDefault(_contracts, pcid, emaid);
            if (next == null)
            {
                return false;
            }

            await SaveContractsAsync(next, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteContractDataAsync(string emaid, CancellationToken cancellationToken = default) =>
        WriteAsync(async () =>
        {
            List<ContractDataRecord> next = ContractPoolRules.Delete(_contracts, emaid, out int removed);
            if (removed > 0)
            {
                await SaveContractsAsync(next, cancellationToken).ConfigureAwait(false);
            }

            return removed;
        }, cancellationToken);

    /// <inheritdoc />
    public async Task AddExchangeAsync(ExchangeRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await WriteAsync(async () =>
        {
            var next = _exchanges.Prepend(record).Take(StoreLimits.ExchangeLog).ToList();
            await SaveAsync(ExchangesFile, next, FileStoreJson.Default.ListExchangeRecord, cancellationToken).ConfigureAwait(false);
            _exchanges = next;
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ExchangeRecord>> GetRecentExchangesAsync(int maximum, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return Task.FromResult<IReadOnlyList<ExchangeRecord>>(_exchanges.Take(Math.Max(0, maximum)).ToArray());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            _lock?.Dispose();
            _lock = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        FormatDocument? format = await _folder.ReadAsync(FormatFile, FileStoreJson.Default.FormatDocument, cancellationToken)
            .ConfigureAwait(false);
        if (format == null)
        {
            await SaveAsync(FormatFile, new FormatDocument(FormatVersion), FileStoreJson.Default.FormatDocument, cancellationToken)
                .ConfigureAwait(false);
        }
        else if (format.FormatVersion != FormatVersion)
        {
            throw new StoreUnavailableException(
                $"the data folder {Directory} has layout version {format.FormatVersion}; this version reads {FormatVersion}");
        }

        _revocations = await _folder.ReadAsync(RevocationsFile, FileStoreJson.Default.RevocationsDocument, cancellationToken)
            .ConfigureAwait(false) ?? new(0, []);
        _issued = await _folder.ReadAsync(IssuedFile, FileStoreJson.Default.IssuedDocument, cancellationToken)
            .ConfigureAwait(false) ?? new(0, []);
        _roots = await _folder.ReadAsync(RootsFile, FileStoreJson.Default.ListRootCertificateRecord, cancellationToken)
            .ConfigureAwait(false) ?? [];
        _provisioning = await _folder.ReadAsync(ProvisioningFile, FileStoreJson.Default.ListProvisioningCertificateRecord, cancellationToken)
            .ConfigureAwait(false) ?? [];
        _contracts = await _folder.ReadAsync(ContractsFile, FileStoreJson.Default.ListContractDataRecord, cancellationToken)
            .ConfigureAwait(false) ?? [];
        _exchanges = await _folder.ReadAsync(ExchangesFile, FileStoreJson.Default.ListExchangeRecord, cancellationToken)
            .ConfigureAwait(false) ?? [];
        _sequences = await _folder.ReadAsync(SequencesFile, FileStoreJson.Default.SequencesDocument, cancellationToken)
            .ConfigureAwait(false) ?? new(new Dictionary<string, long>());
    }

    // Everything but the exchange log waits for the disk: a revocation or a CRL number must not be lost on power failure;
    // the log only feeds the status page, and flushing it would cap the exchanges per second at the disk's flush rate.
    private Task SaveAsync<T>(string name, T document, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        _folder.WriteAsync(name, document, type, durable: name != ExchangesFile, cancellationToken);

    private async Task SaveProvisioningAsync(List<ProvisioningCertificateRecord> next, CancellationToken cancellationToken)
    {
        await SaveAsync(ProvisioningFile, next, FileStoreJson.Default.ListProvisioningCertificateRecord, cancellationToken)
            .ConfigureAwait(false);
        _provisioning = next;
    }

    private async Task SaveContractsAsync(List<ContractDataRecord> next, CancellationToken cancellationToken)
    {
        await SaveAsync(ContractsFile, next, FileStoreJson.Default.ListContractDataRecord, cancellationToken).ConfigureAwait(false);
        _contracts = next;
    }

    private async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpen();
            return await write().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_lock == null)
        {
            throw new InvalidOperationException($"the file store on {Directory} is not initialized: call InitializeAsync first");
        }
    }
}
