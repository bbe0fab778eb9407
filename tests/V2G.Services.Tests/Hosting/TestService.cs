using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;

namespace V2G.Services.Tests.Hosting;

/// <summary>A service on a free loopback port with one fresh API key per role, and clients for it.</summary>
public sealed class TestService : IAsyncDisposable
{
    private readonly List<HttpClient> _clients = [];

    private TestService(RunningPncService service, IReadOnlyDictionary<ApiRole, string> keys)
    {
        Service = service;
        Keys = keys;
    }

    /// <summary>The running service.</summary>
    public RunningPncService Service { get; }

    /// <summary>The service's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => Service.BaseAddress;

    /// <summary>The API key of each role.</summary>
    public IReadOnlyDictionary<ApiRole, string> Keys { get; }

    /// <summary>Starts a service for a PKI folder.</summary>
    /// <param name="pkiDirectory">The PKI folder.</param>
    /// <param name="store">The store (in memory by default).</param>
    /// <param name="configure">Changes to the default options.</param>
    public static async Task<TestService> StartAsync(
        string pkiDirectory, IPncStore? store = null, Func<PncServiceOptions, PncServiceOptions>? configure = null)
    {
        (ApiKeySet set, IReadOnlyDictionary<ApiRole, string> keys) = ApiKeySet.Generate();
        var options = new PncServiceOptions
        {
            PkiDirectory = pkiDirectory,
            Urls = ["http://127.0.0.1:0"],
            Store = StoreKind.Memory,
            ApiKeys = set,
            MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
        };
        options = configure?.Invoke(options) ?? options;
        RunningPncService service = await PncService.StartAsync(options, store ?? new InMemoryPncStore());
        return new TestService(service, keys);
    }

    /// <summary>A client for the service, without a key, or with the key of <paramref name="role"/>.</summary>
    public HttpClient Client(ApiRole? role = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (role != null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyFilter.HeaderName, Keys[role.Value]);
        }

        _clients.Add(client);
        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await Service.DisposeAsync();
    }
}
