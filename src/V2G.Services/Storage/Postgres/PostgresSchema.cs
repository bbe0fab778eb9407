using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace V2G.Services.Storage.Postgres;

/// <summary>The tables of the PostgreSQL store, created idempotently and recorded in a schema version table.</summary>
internal static class PostgresSchema
{
    /// <summary>The schema this version creates and reads.</summary>
    public const int Version = 1;

    // Any constant: serializes the schema creation of instances that start together (concurrent CREATE ... IF NOT EXISTS can fail).
    private const long CreationLockKey = 0x7632_6770_6e63_0001;

    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS pnc_schema_version (
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS pnc_change (
            id integer PRIMARY KEY CHECK (id = 1),
            version bigint NOT NULL);
        INSERT INTO pnc_change (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING;
        CREATE SEQUENCE IF NOT EXISTS pnc_order;
        CREATE TABLE IF NOT EXISTS pnc_sequence (
            name text PRIMARY KEY,
            value bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS pnc_crl_number (
            ca_name text PRIMARY KEY,
            crl_number bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS pnc_revocation (
            ca_name text NOT NULL,
            serial_hex text NOT NULL,
            revoked_at timestamptz NOT NULL,
            reason integer NOT NULL,
            seq bigint NOT NULL DEFAULT nextval('pnc_order'),
            PRIMARY KEY (ca_name, serial_hex));
        CREATE TABLE IF NOT EXISTS pnc_issued (
            ca_name text NOT NULL,
            serial_hex text NOT NULL,
            certificate bytea NOT NULL,
            subject text NOT NULL,
            issued_at timestamptz NOT NULL,
            seq bigint NOT NULL DEFAULT nextval('pnc_order'),
            PRIMARY KEY (ca_name, serial_hex));
        CREATE TABLE IF NOT EXISTS pnc_root (
            root_certificate_id text PRIMARY KEY,
            root_type text NOT NULL,
            certificate bytea NOT NULL,
            added_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS pnc_provisioning (
            pcid text PRIMARY KEY,
            vehicle_certificate bytea NOT NULL,
            sub_ca1_certificate bytea NOT NULL,
            sub_ca2_certificate bytea,
            xsd_msg_def_namespace text NOT NULL,
            previous_pcid text,
            added_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS pnc_contract (
            emaid text NOT NULL,
            pcid text NOT NULL,
            xsd_msg_def_namespace text NOT NULL,
            signed_contract_data bytea NOT NULL,
            contract_certificate bytea NOT NULL,
            is_default boolean NOT NULL,
            metadata text,
            added_at timestamptz NOT NULL,
            seq bigint NOT NULL DEFAULT nextval('pnc_order'),
            PRIMARY KEY (emaid, pcid, xsd_msg_def_namespace));
        CREATE INDEX IF NOT EXISTS pnc_contract_by_pcid ON pnc_contract (pcid, seq);
        CREATE TABLE IF NOT EXISTS pnc_exchange (
            seq bigint PRIMARY KEY DEFAULT nextval('pnc_order'),
            at timestamptz NOT NULL,
            kind text NOT NULL,
            xsd_msg_def_namespace text NOT NULL,
            pcid text,
            emaid text,
            succeeded boolean NOT NULL,
            detail text NOT NULL);
        """;

    /// <summary>Creates what is missing and records the version; fails when the database holds a newer schema.</summary>
    public static async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
            {
                lockCommand.Parameters.AddWithValue("key", CreationLockKey);
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var create = new NpgsqlCommand(CreateSql, connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var newest = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM pnc_schema_version", connection, transaction))
            {
                int found = (int)(await newest.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                if (found > Version)
                {
                    throw new StoreUnavailableException(
                        $"the database holds store schema version {found}; this version of the service reads version {Version}");
                }
            }

            await using (var record = new NpgsqlCommand(
                "INSERT INTO pnc_schema_version (version) VALUES (@version) ON CONFLICT DO NOTHING", connection, transaction))
            {
                record.Parameters.AddWithValue("version", Version);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
