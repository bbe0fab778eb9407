using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using V2G.Security.Authority;
using V2G.Services.Features.Admin;
using V2G.Services.Features.ContractPool;
using V2G.Services.Features.Crl;
using V2G.Services.Features.Health;
using V2G.Services.Features.Ocsp;
using V2G.Services.Features.Provisioning;
using V2G.Services.Features.ProvisioningPool;
using V2G.Services.Features.RootPool;
using V2G.Services.Features.StatusPage;
using V2G.Services.Storage;

namespace V2G.Services.Hosting;

/// <summary>Builds and starts the back-end services: one ASP.NET Core application with every route.</summary>
public static class PncService
{
    /// <summary>Builds the application (not started).</summary>
    /// <param name="options">The options.</param>
    /// <param name="store">The store to use; by default the one <see cref="PncServiceOptions.Store"/> names.</param>
    /// <returns>The application; dispose it to release the PKI folder and the store.</returns>
    /// <exception cref="PncServiceConfigurationException">The PKI folder or the store options are unusable.</exception>
    public static WebApplication Build(PncServiceOptions options, IPncStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!PkiDirectory.TryOpen(options.PkiDirectory, out PkiDirectory? pki, out string? error))
        {
            throw new PncServiceConfigurationException($"--pki {options.PkiDirectory}: {error}");
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        // Our request log has one structured line per request; ASP.NET's own request lines would double it.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Every log line goes to stderr: stdout belongs to the command that hosts the service (`v2g serve` prints its addresses).
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole();
        }
        else
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        IServiceCollection services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.ApiKeys);
        // Registered through factories so that the container disposes them with the application (the file store's folder
        // lock); a store the caller passed in stays the caller's. The store is created here so that its errors come from Build.
        services.AddSingleton(_ => pki);
        if (store != null)
        {
            services.AddSingleton(store);
        }
        else
        {
            IPncStore created = PncStoreFactory.Create(options);
            services.AddSingleton(_ => created);
        }

        services.AddSingleton(TimeProvider.System);
        RateLimits.Add(services, options);
        OcspFeature.AddServices(services);
        CrlFeature.AddServices(services);
        AdminFeature.AddServices(services);
        RootPoolFeature.AddServices(services);
        ProvisioningFeature.AddServices(services);
        StatusPageFeature.AddServices(services);

        WebApplication app = builder.Build();
        RequestLogging.Use(app);
        UnhandledErrors.Use(app);
        app.UseRateLimiter();
        HealthFeature.Map(app);
        OcspFeature.Map(app);
        CrlFeature.Map(app);
        AdminFeature.Map(app);
        RootPoolFeature.Map(app);
        ProvisioningPoolFeature.Map(app);
        ContractPoolFeature.Map(app);
        ProvisioningFeature.Map(app);
        StatusPageFeature.Map(app);
        app.MapFallback((HttpContext context) =>
            ServiceErrors.Response(context, StatusCodes.Status404NotFound, $"no endpoint {context.Request.Method} {context.Request.Path}"));
        return app;
    }

    /// <summary>Builds, initializes the store and starts listening.</summary>
    /// <param name="options">The options.</param>
    /// <param name="store">The store to use; by default the one the options name.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running service.</returns>
    /// <exception cref="PncServiceConfigurationException">The PKI folder or the store options are unusable.</exception>
    public static async Task<RunningPncService> StartAsync(
        PncServiceOptions options, IPncStore? store = null, CancellationToken cancellationToken = default)
    {
        WebApplication app = Build(options, store);
        try
        {
            await app.Services.GetRequiredService<IPncStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new RunningPncService(app);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
