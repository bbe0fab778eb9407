using Npgsql;

namespace V2G.Services.Storage.Postgres;

/// <summary>The columns each record is read from, and the readers that match them.</summary>
internal static class PostgresRows
{
    /// <summary>The columns of <see cref="Revocation"/>.</summary>
    public const string RevocationColumns = "ca_name, serial_hex, revoked_at, reason";

    /// <summary>The columns of <see cref="Issued"/>.</summary>
    public const string IssuedColumns = "ca_name, serial_hex, certificate, subject, issued_at";

    /// <summary>The columns of <see cref="Root"/>.</summary>
    public const string RootColumns = "root_certificate_id, root_type, certificate, added_at";

    /// <summary>The columns of <see cref="Provisioning"/>.</summary>
    public const string ProvisioningColumns =
        "pcid, vehicle_certificate, sub_ca1_certificate, sub_ca2_certificate, xsd_msg_def_namespace, previous_pcid, added_at";

    /// <summary>The columns of <see cref="Contract"/>.</summary>
    public const string ContractColumns =
        "emaid, pcid, xsd_msg_def_namespace, signed_contract_data, contract_certificate, is_default, metadata, added_at";

    /// <summary>The columns of <see cref="Exchange"/>.</summary>
    public const string ExchangeColumns = "at, kind, xsd_msg_def_namespace, pcid, emaid, succeeded, detail";

    /// <summary>A revocation row.</summary>
    public static RevocationEntry Revocation(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.Time(2), r.GetInt32(3));

    /// <summary>An issued certificate row.</summary>
    public static IssuedCertificateRecord Issued(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.Bytes(2), r.GetString(3), r.Time(4));

    /// <summary>A root pool row.</summary>
    public static RootCertificateRecord Root(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.Bytes(2), r.Time(3));

    /// <summary>A provisioning pool row.</summary>
    public static ProvisioningCertificateRecord Provisioning(NpgsqlDataReader r) =>
        new(r.GetString(0), r.Bytes(1), r.Bytes(2), r.NullableBytes(3), r.GetString(4), r.NullableText(5), r.Time(6));

    /// <summary>A contract pool row.</summary>
    public static ContractDataRecord Contract(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.Bytes(3), r.Bytes(4), r.GetBoolean(5), r.NullableText(6), r.Time(7));

    /// <summary>An exchange log row.</summary>
    public static ExchangeRecord Exchange(NpgsqlDataReader r) =>
        new(r.Time(0), r.GetString(1), r.GetString(2), r.NullableText(3), r.NullableText(4), r.GetBoolean(5), r.GetString(6));
}
