using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace V2G.Services.Storage.Postgres;

/// <summary>Parameterized commands and row reading for the PostgreSQL store; no SQL text is ever built from values.</summary>
internal static class PostgresCommands
{
    /// <summary>A command with named parameters (null becomes SQL NULL, times go as UTC as timestamptz needs).</summary>
    public static NpgsqlCommand Create(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach ((string name, object? value) in parameters)
        {
            object parameter = value switch
            {
                null => DBNull.Value,
                DateTimeOffset time => time.ToUniversalTime(),
                _ => value,
            };
            command.Parameters.AddWithValue(name, parameter);
        }

        return command;
    }

    /// <summary>Runs a command and returns the rows it produced.</summary>
    public static async Task<List<T>> ReadAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> row,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using NpgsqlCommand command = Create(connection, transaction, sql, parameters);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    /// <summary>Runs a command and returns the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using NpgsqlCommand command = Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a command and returns the first column of its first row.</summary>
    public static async Task<T> ScalarAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using NpgsqlCommand command = Create(connection, transaction, sql, parameters);
        return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>A nullable text column.</summary>
    public static string? NullableText(this NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A nullable bytea column.</summary>
    public static byte[]? NullableBytes(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<byte[]>(ordinal);

    /// <summary>A timestamptz column.</summary>
    public static DateTimeOffset Time(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>A bytea column.</summary>
    public static byte[] Bytes(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);
}
