using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using V2G.Services.Storage;

namespace V2G.Services.Tests.Provisioning;

/// <summary>
/// A store shared by service instances whose list of issued certificates never shows what was issued (as when every instance
/// scans before any of them recorded its issuance); it counts the scans. Everything else goes
/// to the inner store.
/// </summary>
internal sealed class LaggingIssuedListStore(IPncStore inner) : IPncStore
{
    private int _scans;

    public IPncStore Inner => inner;

    public int Scans => Volatile.Read(ref _scans);

    public Task<IReadOnlyList<IssuedCertificateRecord>> ListIssuedCertificatesAsync(string? caName, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _scans);
        return Task.FromResult<IReadOnlyList<IssuedCertificateRecord>>([]);
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default) => inner.GetChangeVersionAsync(cancellationToken);

    public Task<RevocationState> GetRevocationStateAsync(string caName, CancellationToken cancellationToken = default) =>
        inner.GetRevocationStateAsync(caName, cancellationToken);

    public Task<RevocationOutcome> RevokeAsync(RevocationEntry entry, CancellationToken cancellationToken = default) =>
        inner.RevokeAsync(entry, cancellationToken);

    public Task<long> NextSequenceAsync(string name, long minimum, CancellationToken cancellationToken = default) =>
        inner.NextSequenceAsync(name, minimum, cancellationToken);

    public Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default) =>
        inner.AdvanceCrlNumberAsync(caName, minimum, cancellationToken);

    public Task AddIssuedCertificateAsync(IssuedCertificateRecord record, CancellationToken cancellationToken = default) =>
        inner.AddIssuedCertificateAsync(record, cancellationToken);

    public Task<IssuedCertificateRecord?> FindIssuedCertificateAsync(
        string caName, string serialNumberHex, CancellationToken cancellationToken = default) =>
        inner.FindIssuedCertificateAsync(caName, serialNumberHex, cancellationToken);

    public Task PutRootCertificateAsync(RootCertificateRecord record, CancellationToken cancellationToken = default) =>
        inner.PutRootCertificateAsync(record, cancellationToken);

    public Task<RootCertificateRecord?> GetRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default) =>
        inner.GetRootCertificateAsync(rootCertificateId, cancellationToken);

    public Task<IReadOnlyList<RootCertificateRecord>> ListRootCertificatesAsync(CancellationToken cancellationToken = default) =>
        inner.ListRootCertificatesAsync(cancellationToken);

    public Task<bool> DeleteRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default) =>
        inner.DeleteRootCertificateAsync(rootCertificateId, cancellationToken);

    public Task PutProvisioningCertificateAsync(ProvisioningCertificateRecord record, CancellationToken cancellationToken = default) =>
        inner.PutProvisioningCertificateAsync(record, cancellationToken);

    public Task<ProvisioningCertificateRecord?> GetProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default) =>
        inner.GetProvisioningCertificateAsync(pcid, cancellationToken);

    public Task<bool> DeleteProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default) =>
        inner.DeleteProvisioningCertificateAsync(pcid, cancellationToken);

    public Task PutContractDataAsync(ContractDataRecord record, CancellationToken cancellationToken = default) =>
        inner.PutContractDataAsync(record, cancellationToken);

    public Task<IReadOnlyList<ContractDataRecord>> GetContractDataByEmaidAsync(string emaid, CancellationToken cancellationToken = default) =>
        inner.GetContractDataByEmaidAsync(emaid, cancellationToken);

    public Task<IReadOnlyList<ContractDataRecord>> GetContractDataByPcidAsync(string pcid, CancellationToken cancellationToken = default) =>
        inner.GetContractDataByPcidAsync(pcid, cancellationToken);

    public Task<bool> SetDefaultContractAsync(string pcid, string emaid, CancellationToken cancellationToken = default) =>
        inner.SetDefaultContractAsync(pcid, emaid, cancellationToken);

    public Task<int> DeleteContractDataAsync(string emaid, CancellationToken cancellationToken = default) =>
        inner.DeleteContractDataAsync(emaid, cancellationToken);

    public Task AddExchangeAsync(ExchangeRecord record, CancellationToken cancellationToken = default) =>
        inner.AddExchangeAsync(record, cancellationToken);

    public Task<IReadOnlyList<ExchangeRecord>> GetRecentExchangesAsync(int maximum, CancellationToken cancellationToken = default) =>
        inner.GetRecentExchangesAsync(maximum, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
