using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Services.Storage;

/// <summary>
/// The state of the back-end services: revocations, issued certificates, the three OPCP pools and the exchange log.
/// Several service instances may share one store: every read goes to the store (no instance keeps its own copy of
/// revocations), and <see cref="GetChangeVersionAsync"/> lets an instance see cheaply that another one changed something.
/// Implementations are thread-safe; keys (PCID, eMAID, ids) compare case-sensitively as stored.
/// </summary>
public interface IPncStore : IAsyncDisposable
{
    /// <summary>Creates what the store needs (tables, folders); idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>A number that grows with every revocation and every issued certificate, in any instance.</summary>
    Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The revoked certificates of a CA and its current CRL number.</summary>
    Task<RevocationState> GetRevocationStateAsync(string caName, CancellationToken cancellationToken = default);

    /// <summary>Revokes a certificate and increments the CA's CRL number, atomically; a repeated revocation changes nothing.</summary>
    Task<RevocationOutcome> RevokeAsync(RevocationEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a CA's CRL number to at least <paramref name="minimum"/> and past its current value, atomically, and returns the
    /// new number: a CRL signed again without a new revocation, or the first CRL after a folder CRL of a known number, must
    /// not reuse a number (RFC 5280 5.2.3). The change version stays (no OCSP answer depends on a CRL number).
    /// </summary>
    Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the next number of a named counter (past its current value and at least <paramref name="minimum"/>), atomically
    /// across every instance sharing the store: the MO's eMAID numbering, so that two instances never issue one eMAID.
    /// </summary>
    Task<long> NextSequenceAsync(string name, long minimum, CancellationToken cancellationToken = default);

    /// <summary>Records a certificate that a CA of the service issued.</summary>
    Task AddIssuedCertificateAsync(IssuedCertificateRecord record, CancellationToken cancellationToken = default);

    /// <summary>The certificate a CA issued with this serial number, or null.</summary>
    Task<IssuedCertificateRecord?> FindIssuedCertificateAsync(
        string caName, string serialNumberHex, CancellationToken cancellationToken = default);

    /// <summary>The certificates the service issued, newest first, optionally of one CA.</summary>
    Task<IReadOnlyList<IssuedCertificateRecord>> ListIssuedCertificatesAsync(
        string? caName, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a root of the root certificate pool.</summary>
    Task PutRootCertificateAsync(RootCertificateRecord record, CancellationToken cancellationToken = default);

    /// <summary>The root with this id, or null.</summary>
    Task<RootCertificateRecord?> GetRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default);

    /// <summary>Every root of the pool, ordered by id.</summary>
    Task<IReadOnlyList<RootCertificateRecord>> ListRootCertificatesAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a root; false if there was none with this id.</summary>
    Task<bool> DeleteRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the provisioning chain of a PCID.</summary>
    Task PutProvisioningCertificateAsync(ProvisioningCertificateRecord record, CancellationToken cancellationToken = default);

    /// <summary>The provisioning chain of a PCID, or null.</summary>
    Task<ProvisioningCertificateRecord?> GetProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default);

    /// <summary>Removes the provisioning chain of a PCID; false if there was none.</summary>
    Task<bool> DeleteProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds or replaces the contract data of an eMAID/PCID/namespace triple. The first contract of a PCID becomes its default;
    /// a record with <see cref="ContractDataRecord.IsDefault"/> set makes itself the only default of its PCID.
    /// </summary>
    Task PutContractDataAsync(ContractDataRecord record, CancellationToken cancellationToken = default);

    /// <summary>The contract data of an eMAID (every PCID and namespace), oldest first.</summary>
    Task<IReadOnlyList<ContractDataRecord>> GetContractDataByEmaidAsync(string emaid, CancellationToken cancellationToken = default);

    /// <summary>The contract data of a PCID (every eMAID and namespace), oldest first.</summary>
    Task<IReadOnlyList<ContractDataRecord>> GetContractDataByPcidAsync(string pcid, CancellationToken cancellationToken = default);

    /// <summary>Makes the eMAID's contract the default of the PCID; false if the pair is not in the pool.</summary>
    Task<bool> SetDefaultContractAsync(string pcid, string emaid, CancellationToken cancellationToken = default);

    /// <summary>Removes every contract data record of an eMAID; the number removed.</summary>
    Task<int> DeleteContractDataAsync(string emaid, CancellationToken cancellationToken = default);

    /// <summary>Appends an exchange to the log.</summary>
    Task AddExchangeAsync(ExchangeRecord record, CancellationToken cancellationToken = default);

    /// <summary>The latest exchanges, newest first.</summary>
    Task<IReadOnlyList<ExchangeRecord>> GetRecentExchangesAsync(int maximum, CancellationToken cancellationToken = default);
}
