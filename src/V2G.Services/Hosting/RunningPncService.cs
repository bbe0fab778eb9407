using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using V2G.Security.Authority;
using V2G.Services.Storage;

namespace V2G.Services.Hosting;

/// <summary>A started service: its addresses, and a stop that releases the store and the PKI folder.</summary>
public sealed class RunningPncService : IAsyncDisposable
{
    internal RunningPncService(WebApplication app)
    {
        App = app;
        Addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        BaseAddress = new Uri(Addresses.FirstOrDefault() ?? throw new InvalidOperationException("the server reports no address"));
    }

    /// <summary>The application.</summary>
    public WebApplication App { get; }

    /// <summary>The bound addresses (the real port where port 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>The first bound address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The store the service uses.</summary>
    public IPncStore Store => App.Services.GetRequiredService<IPncStore>();

    /// <summary>The PKI folder the service answers for.</summary>
    public PkiDirectory Pki => App.Services.GetRequiredService<PkiDirectory>();

    /// <summary>Waits until the service is stopped (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => App.WaitForShutdownAsync();

    /// <summary>Stops the service and disposes the PKI folder and the store it created (not a store passed in).</summary>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
    }
}
