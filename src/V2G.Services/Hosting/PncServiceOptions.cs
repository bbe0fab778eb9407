using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using V2G.Services.Security;

namespace V2G.Services.Hosting;

/// <summary>How <c>v2g serve</c> (or an embedding host) runs the back-end services.</summary>
public sealed record PncServiceOptions
{
    /// <summary>The PKI folder whose CAs the service answers for (as <c>v2g pki init</c> writes it).</summary>
    public required string PkiDirectory { get; init; }

    /// <summary>The addresses to listen on; port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>The store kind.</summary>
    public StoreKind Store { get; init; } = StoreKind.File;

    /// <summary>The PostgreSQL connection string (with <see cref="StoreKind.Postgres"/>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The file store's folder; by default <c>service-data</c> inside the PKI folder.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The accepted API keys; every write and admin endpoint needs one.</summary>
    public required ApiKeySet ApiKeys { get; init; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Requests per second and client address on the expensive endpoints (signing, provisioning).</summary>
    public int ExpensiveRequestsPerSecond { get; init; } = 200;

    /// <summary>How long a signed OCSP answer is valid (nextUpdate - thisUpdate).</summary>
    public TimeSpan OcspValidity { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long before nextUpdate a cached OCSP answer is signed again.</summary>
    public TimeSpan OcspRefreshBefore { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a published CRL is valid (nextUpdate - thisUpdate).</summary>
    public TimeSpan CrlValidity { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The least severe log events written.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Writes one JSON object per log event to the console instead of plain lines.</summary>
    public bool JsonLogs { get; init; }
}
