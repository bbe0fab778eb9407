using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using static V2G.Services.Storage.Postgres.PostgresCommands;
using static V2G.Services.Storage.Postgres.PostgresRows;

namespace V2G.Services.Storage.Postgres;

/// <summary>
/// The store for several service instances: every read and write goes to one PostgreSQL database, so a revocation made
/// through any instance is in the next CRL and OCSP answer of all of them. A revocation and its CRL number increment are
/// one transaction; the change version is a counter row bumped in the same transaction as each revocation and issued
/// certificate. Times are kept to the microsecond (PostgreSQL's precision).
/// </summary>
public sealed class PostgresPncStore : IPncStore
{
    private readonly NpgsqlDataSource _source;
    private readonly string _server;

    /// <summary>Creates a store on a database (no connection is made before the first call).</summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=pnc;Username=pnc;Password=...</c>.</param>
    /// <exception cref="ArgumentException">The connection string is not valid.</exception>
    public PostgresPncStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _server = Describe(builder);
        _source = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The server and database, for messages (never the password).</summary>
    public string Server => _server;

    /// <inheritdoc />
    /// <exception cref="StoreUnavailableException">The database cannot be reached or holds a newer schema.</exception>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await PostgresSchema.CreateAsync(connection, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<long> GetChangeVersionAsync(CancellationToken cancellationToken = default) =>
        RunAsync(c => ScalarAsync<long>(c, null, "SELECT version FROM pnc_change WHERE id = 1", cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<RevocationState> GetRevocationStateAsync(string caName, CancellationToken cancellationToken = default) =>
        TransactAsync(async (c, t) =>
        {
            List<RevocationEntry> entries = await ReadAsync(c, t,
                $"SELECT {RevocationColumns} FROM pnc_revocation WHERE ca_name = @ca ORDER BY seq", Revocation,
                cancellationToken, ("ca", caName)).ConfigureAwait(false);
            List<long> number = await ReadAsync(c, t, "SELECT crl_number FROM pnc_crl_number WHERE ca_name = @ca",
                r => r.GetInt64(0), cancellationToken, ("ca", caName)).ConfigureAwait(false);
            return new RevocationState(caName, entries, number.Count == 0 ? 0 : number[0]);
        }, cancellationToken, IsolationLevel.RepeatableRead); // one snapshot: the entries and the number belong together

    /// <inheritdoc />
    public Task<RevocationOutcome> RevokeAsync(RevocationEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return TransactAsync(async (c, t) =>
        {
            // The insert waits on a concurrent one of the same serial; the upsert re-reads the committed number, so two
            // instances revoking at once get consecutive numbers and no revocation is counted twice or lost.
            int added = await ExecuteAsync(c, t,
                "INSERT INTO pnc_revocation (ca_name, serial_hex, revoked_at, reason) VALUES (@ca, @serial, @at, @reason) " +
                "ON CONFLICT DO NOTHING", cancellationToken,
                ("ca", entry.CaName), ("serial", entry.SerialNumberHex), ("at", entry.RevokedAt), ("reason", entry.Reason))
                .ConfigureAwait(false);
            if (added == 0)
            {
                List<long> current = await ReadAsync(c, t, "SELECT crl_number FROM pnc_crl_number WHERE ca_name = @ca",
                    r => r.GetInt64(0), cancellationToken, ("ca", entry.CaName)).ConfigureAwait(false);
                return new RevocationOutcome(false, current.Count == 0 ? 0 : current[0]);
            }

            long number = await ScalarAsync<long>(c, t,
                "INSERT INTO pnc_crl_number (ca_name, crl_number) VALUES (@ca, 1) " +
                "ON CONFLICT (ca_name) DO UPDATE SET crl_number = pnc_crl_number.crl_number + 1 RETURNING crl_number",
                cancellationToken, ("ca", entry.CaName)).ConfigureAwait(false);
            await BumpVersionAsync(c, t, cancellationToken).ConfigureAwait(false);
            return new RevocationOutcome(true, number);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> AdvanceCrlNumberAsync(string caName, long minimum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caName);
        return TransactAsync(async (c, t) =>
        {
            long number = await ScalarAsync<long>(c, t,
                "INSERT INTO pnc_crl_number (ca_name, crl_number) VALUES (@ca, GREATEST(1, @minimum)) ON CONFLICT (ca_name) " +
                "DO UPDATE SET crl_number = GREATEST(pnc_crl_number.crl_number + 1, @minimum) RETURNING crl_number",
                cancellationToken, ("ca", caName), ("minimum", minimum)).ConfigureAwait(false);
            return number;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> NextSequenceAsync(string name, long minimum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TransactAsync((c, t) => ScalarAsync<long>(c, t,
            "INSERT INTO pnc_sequence (name, value) VALUES (@name, GREATEST(1, @minimum)) ON CONFLICT (name) " +
            "DO UPDATE SET value = GREATEST(pnc_sequence.value + 1, @minimum) RETURNING value",
            cancellationToken, ("name", name), ("minimum", minimum)), cancellationToken);
    }

    /// <inheritdoc />
    public Task AddIssuedCertificateAsync(IssuedCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TransactAsync(async (c, t) =>
        {
            await ExecuteAsync(c, t,
                $"INSERT INTO pnc_issued ({IssuedColumns}) VALUES (@ca, @serial, @certificate, @subject, @at) " +
                "ON CONFLICT (ca_name, serial_hex) DO UPDATE SET certificate = excluded.certificate, subject = excluded.subject, " +
                "issued_at = excluded.issued_at, seq = nextval('pnc_order')", cancellationToken,
                ("ca", record.CaName), ("serial", record.SerialNumberHex), ("certificate", record.Certificate),
                ("subject", record.Subject), ("at", record.IssuedAt)).ConfigureAwait(false);
            await BumpVersionAsync(c, t, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IssuedCertificateRecord?> FindIssuedCertificateAsync(
        string caName, string serialNumberHex, CancellationToken cancellationToken = default)
    {
        List<IssuedCertificateRecord> rows = await RunAsync(c => ReadAsync(c, null,
            $"SELECT {IssuedColumns} FROM pnc_issued WHERE ca_name = @ca AND serial_hex = @serial", Issued,
            cancellationToken, ("ca", caName), ("serial", serialNumberHex)), cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IssuedCertificateRecord>> ListIssuedCertificatesAsync(
        string? caName, CancellationToken cancellationToken = default) =>
        await RunAsync(c => ReadAsync(c, null,
            $"SELECT {IssuedColumns} FROM pnc_issued WHERE @ca::text IS NULL OR ca_name = @ca ORDER BY seq DESC", Issued,
            cancellationToken, ("ca", caName)), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task PutRootCertificateAsync(RootCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return RunAsync(c => ExecuteAsync(c, null,
            $"INSERT INTO pnc_root ({RootColumns}) VALUES (@id, @type, @certificate, @at) ON CONFLICT (root_certificate_id) " +
            "DO UPDATE SET root_type = excluded.root_type, certificate = excluded.certificate, added_at = excluded.added_at",
            cancellationToken, ("id", record.RootCertificateId), ("type", record.RootType), ("certificate", record.Certificate),
            ("at", record.AddedAt)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RootCertificateRecord?> GetRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default)
    {
        List<RootCertificateRecord> rows = await RunAsync(c => ReadAsync(c, null,
            $"SELECT {RootColumns} FROM pnc_root WHERE root_certificate_id = @id", Root, cancellationToken, ("id", rootCertificateId)),
            cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RootCertificateRecord>> ListRootCertificatesAsync(CancellationToken cancellationToken = default) =>
        await RunAsync(c => ReadAsync(c, null,
            $"SELECT {RootColumns} FROM pnc_root ORDER BY root_certificate_id COLLATE \"C\"", Root, cancellationToken),
            cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<bool> DeleteRootCertificateAsync(string rootCertificateId, CancellationToken cancellationToken = default) =>
        await RunAsync(c => ExecuteAsync(c, null, "DELETE FROM pnc_root WHERE root_certificate_id = @id", cancellationToken,
            ("id", rootCertificateId)), cancellationToken).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public Task PutProvisioningCertificateAsync(ProvisioningCertificateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return RunAsync(c => ExecuteAsync(c, null,
            $"INSERT INTO pnc_provisioning ({ProvisioningColumns}) VALUES (@pcid, @vehicle, @subCa1, @subCa2, @ns, @previous, @at) " +
            "ON CONFLICT (pcid) DO UPDATE SET vehicle_certificate = excluded.vehicle_certificate, " +
            "sub_ca1_certificate = excluded.sub_ca1_certificate, sub_ca2_certificate = excluded.sub_ca2_certificate, " +
            "xsd_msg_def_namespace = excluded.xsd_msg_def_namespace, previous_pcid = excluded.previous_pcid, added_at = excluded.added_at",
            cancellationToken, ("pcid", record.Pcid), ("vehicle", record.VehicleCertificate), ("subCa1", record.SubCa1Certificate),
            ("subCa2", record.SubCa2Certificate), ("ns", record.XsdMsgDefNamespace), ("previous", record.PreviousPcid),
            ("at", record.AddedAt)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ProvisioningCertificateRecord?> GetProvisioningCertificateAsync(
        string pcid, CancellationToken cancellationToken = default)
    {
        List<ProvisioningCertificateRecord> rows = await RunAsync(c => ReadAsync(c, null,
            $"SELECT {ProvisioningColumns} FROM pnc_provisioning WHERE pcid = @pcid", Provisioning, cancellationToken, ("pcid", pcid)),
            cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<bool> DeleteProvisioningCertificateAsync(string pcid, CancellationToken cancellationToken = default) =>
        await RunAsync(c => ExecuteAsync(c, null, "DELETE FROM pnc_provisioning WHERE pcid = @pcid", cancellationToken,
            ("pcid", pcid)), cancellationToken).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public Task PutContractDataAsync(ContractDataRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TransactAsync(async (c, t) =>
        {
            await LockPcidAsync(c, t, record.Pcid, cancellationToken).ConfigureAwait(false);
            List<ContractDataRecord> pool = await ReadPcidAsync(c, t, record.Pcid, cancellationToken).ConfigureAwait(false);
            string defaultEmaid = ContractPoolRules.Put(pool, record).First(r => r.IsDefault).Emaid;
            await ExecuteAsync(c, t, "DELETE FROM pnc_contract WHERE emaid = @emaid AND pcid = @pcid AND xsd_msg_def_namespace = @ns",
                cancellationToken, ("emaid", record.Emaid), ("pcid", record.Pcid), ("ns", record.XsdMsgDefNamespace))
                .ConfigureAwait(false);
            await ExecuteAsync(c, t,
                $"INSERT INTO pnc_contract ({ContractColumns}) VALUES (@emaid, @pcid, @ns, @data, @certificate, @default, @metadata, @at)",
                cancellationToken, ("emaid", record.Emaid), ("pcid", record.Pcid), ("ns", record.XsdMsgDefNamespace),
                ("data", record.SignedContractData), ("certificate", record.ContractCertificate),
                ("default", record.Emaid == defaultEmaid), ("metadata", record.Metadata), ("at", record.AddedAt)).ConfigureAwait(false);
            await MakeDefaultAsync(c, t, record.Pcid, defaultEmaid, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContractDataRecord>> GetContractDataByEmaidAsync(
        string emaid, CancellationToken cancellationToken = default) =>
        await RunAsync(c => ReadAsync(c, null, $"SELECT {ContractColumns} FROM pnc_contract WHERE emaid = @emaid ORDER BY seq",
            Contract, cancellationToken, ("emaid", emaid)), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContractDataRecord>> GetContractDataByPcidAsync(
        string pcid, CancellationToken cancellationToken = default) =>
        await RunAsync(c => ReadPcidAsync(c, null, pcid, cancellationToken), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<bool> SetDefaultContractAsync(string pcid, string emaid, CancellationToken cancellationToken = default) =>
        TransactAsync(async (c, t) =>
        {
            await LockPcidAsync(c, t, pcid, cancellationToken).ConfigureAwait(false);
            bool exists = await ScalarAsync<bool>(c, t,
                "SELECT EXISTS (SELECT 1 FROM pnc_contract WHERE pcid = @pcid AND emaid = @emaid)", cancellationToken,
                ("pcid", pcid), ("emaid", emaid)).ConfigureAwait(false);
            if (exists)
            {
                await MakeDefaultAsync(c, t, pcid, emaid, cancellationToken).ConfigureAwait(false);
            }

            return exists;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteContractDataAsync(string emaid, CancellationToken cancellationToken = default) =>
        TransactAsync(async (c, t) =>
        {
            List<string> pcids = await ReadAsync(c, t, "SELECT DISTINCT pcid FROM pnc_contract WHERE emaid = @emaid ORDER BY pcid",
                r => r.GetString(0), cancellationToken, ("emaid", emaid)).ConfigureAwait(false);
            foreach (string pcid in pcids)
            {
                await LockPcidAsync(c, t, pcid, cancellationToken).ConfigureAwait(false);
            }

            List<(string Pcid, bool WasDefault)> removed = await ReadAsync(c, t,
                "DELETE FROM pnc_contract WHERE emaid = @emaid RETURNING pcid, is_default", r => (r.GetString(0), r.GetBoolean(1)),
                cancellationToken, ("emaid", emaid)).ConfigureAwait(false);
            foreach (string pcid in removed.Where(r => r.WasDefault).Select(r => r.Pcid).Distinct())
            {
                // The oldest remaining contract of the PCID takes over its default, as in the other stores.
                List<ContractDataRecord> rest = await ReadPcidAsync(c, t, pcid, cancellationToken).ConfigureAwait(false);
                if (rest.Count > 0)
                {
                    await MakeDefaultAsync(c, t, pcid, rest[0].Emaid, cancellationToken).ConfigureAwait(false);
                }
            }

            return removed.Count;
        }, cancellationToken);

    /// <inheritdoc />
    public Task AddExchangeAsync(ExchangeRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TransactAsync(async (c, t) =>
        {
            await ExecuteAsync(c, t,
                $"INSERT INTO pnc_exchange ({ExchangeColumns}) VALUES (@at, @kind, @ns, @pcid, @emaid, @succeeded, @detail)",
                cancellationToken, ("at", record.At), ("kind", record.Kind), ("ns", record.XsdMsgDefNamespace), ("pcid", record.Pcid),
                ("emaid", record.Emaid), ("succeeded", record.Succeeded), ("detail", record.Detail)).ConfigureAwait(false);
            await ExecuteAsync(c, t,
                "DELETE FROM pnc_exchange WHERE seq < (SELECT seq FROM pnc_exchange ORDER BY seq DESC OFFSET @keep LIMIT 1)",
                cancellationToken, ("keep", StoreLimits.ExchangeLog - 1)).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExchangeRecord>> GetRecentExchangesAsync(int maximum, CancellationToken cancellationToken = default) =>
        await RunAsync(c => ReadAsync(c, null, $"SELECT {ExchangeColumns} FROM pnc_exchange ORDER BY seq DESC LIMIT @maximum",
            Exchange, cancellationToken, ("maximum", Math.Max(0, maximum))), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"PostgreSQL at {builder.Host ?? "localhost"}:{builder.Port}, database {builder.Database ?? builder.Username ?? "(default)"}";

    private static Task BumpVersionAsync(NpgsqlConnection c, NpgsqlTransaction t, CancellationToken cancellationToken) =>
        ExecuteAsync(c, t, "UPDATE pnc_change SET version = version + 1 WHERE id = 1", cancellationToken);

    // Serializes the default-contract decisions of one PCID across instances (the PCID may have no row to lock yet).
    private static Task LockPcidAsync(NpgsqlConnection c, NpgsqlTransaction t, string pcid, CancellationToken cancellationToken) =>
        ExecuteAsync(c, t, "SELECT pg_advisory_xact_lock(hashtextextended('pnc_contract:' || @pcid, 0))", cancellationToken,
            ("pcid", pcid));

    private static Task<List<ContractDataRecord>> ReadPcidAsync(
        NpgsqlConnection c, NpgsqlTransaction? t, string pcid, CancellationToken cancellationToken) =>
        ReadAsync(c, t, $"SELECT {ContractColumns} FROM pnc_contract WHERE pcid = @pcid ORDER BY seq", Contract, cancellationToken,
            ("pcid", pcid));

    private static Task MakeDefaultAsync(
        NpgsqlConnection c, NpgsqlTransaction t, string pcid, string emaid, CancellationToken cancellationToken) =>
        ExecuteAsync(c, t,
            "UPDATE pnc_contract SET is_default = (emaid = @emaid) WHERE pcid = @pcid AND is_default <> (emaid = @emaid)",
            cancellationToken, ("pcid", pcid), ("emaid", emaid));

    private Task<T> TransactAsync<T>(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken,
        IsolationLevel isolation = IsolationLevel.ReadCommitted) =>
        RunAsync(async connection =>
        {
            NpgsqlTransaction transaction = await connection.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                T result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);

    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            NpgsqlConnection connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await work(connection).ConfigureAwait(false);
            }
        }
        catch (PostgresException e)
        {
            throw new StoreUnavailableException($"{_server} refused the operation: {e.SqlState} {e.MessageText}", e);
        }
        catch (NpgsqlException e)
        {
            string reason = e.InnerException is { } inner && inner.Message != e.Message ? $"{e.Message} ({inner.Message})" : e.Message;
            throw new StoreUnavailableException($"{_server} is unavailable: {reason}", e);
        }
    }
}
