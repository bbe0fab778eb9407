using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Npgsql;
using Xunit;

namespace V2G.Services.Tests.Storage;

/// <summary>
/// A throw-away PostgreSQL server for tests: initdb'd into a temporary folder, listening only on a unix socket in that
/// folder, trust authentication for <see cref="UserName"/>; stopped and deleted at the end. As root, initdb and pg_ctl run
/// as <c>postgres</c> (or <c>nobody</c>) through <c>runuser</c>, since PostgreSQL refuses to run as root.
/// Use it as a collection fixture: <c>[Collection(PostgresCollection.Name)]</c> and a constructor parameter, plus
/// <see cref="PostgresFactAttribute"/> on the tests so that they are skipped (with the reason) where PostgreSQL is absent.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The database user the tests connect as.</summary>
    public const string UserName = "v2g";

    private string? _folder;
    private string? _binaries;
    private string? _runAs;

    /// <summary>Whether the server is running (false only where the tests are skipped).</summary>
    public bool IsRunning { get; private set; }

    /// <summary>How long initdb plus start took.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>The connection string of the server's <c>postgres</c> database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The temporary folder (data folder and socket inside).</summary>
    public string Folder => _folder ?? throw new InvalidOperationException("the server is not started");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _binaries = PostgresBinaries.Folder;
        if (_binaries == null)
        {
            if (PostgresBinaries.Required)
            {
                throw new InvalidOperationException($"{PostgresBinaries.RequireVariable}=1 but {PostgresBinaries.Missing}");
            }

            return;
        }

        var clock = Stopwatch.StartNew();
        _folder = Directory.CreateTempSubdirectory("v2g-pg-").FullName;
        string data = Path.Combine(_folder, "data");
        int port = FreePort();
        if (Environment.IsPrivilegedProcess)
        {
            _runAs = UserExists("postgres") ? "postgres" : "nobody";
            await RunAsync("chown", _runAs, _folder);
        }

        await RunAsync(Path.Combine(_binaries, "initdb"), "-D", data, "-U", UserName, "--auth=trust", "-E", "UTF8", "--no-locale",
            "--no-sync");
        // Only this test run uses the server: no TCP, no durability (the folder is deleted at the end anyway).
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), $"""

            listen_addresses = ''
            port = {port}
            unix_socket_directories = '{_folder}'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            shared_buffers = 32MB
            max_connections = 200

            """);
        await RunAsync(Path.Combine(_binaries, "pg_ctl"), "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "start");
        IsRunning = true;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = _folder, Port = port, Username = UserName, Database = "postgres", Pooling = true, MaxPoolSize = 20,
        }.ConnectionString;
        StartTime = clock.Elapsed;
    }

    /// <summary>Creates an empty database and returns its connection string (one per test keeps tests independent).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (!IsRunning)
        {
            throw new InvalidOperationException($"PostgreSQL is not running: {PostgresBinaries.Missing}");
        }

        // The name is generated here, never taken from input.
        string name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_folder == null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (IsRunning)
        {
            await RunAsync(Path.Combine(_binaries!, "pg_ctl"), "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
            IsRunning = false;
        }

        Directory.Delete(_folder, recursive: true);
        _folder = null;
    }

    private static int FreePort()
    {
        // The port only names the socket file; taking a free TCP port keeps it unique on the machine all the same.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool UserExists(string user) =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(user + ":", StringComparison.Ordinal));

    private async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_runAs != null && program != "chown")
        {
            start.FileName = "runuser";
            foreach (string argument in (string[])["-u", _runAs, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        if (process.ExitCode != 0)
        {
            string log = _folder != null && File.Exists(Path.Combine(_folder, "server.log"))
                ? File.ReadAllText(Path.Combine(_folder, "server.log")) : "";
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}{log}");
        }
    }
}
