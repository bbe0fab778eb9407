using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using V2G.Messages.Iso2;
using Xunit;

namespace V2G.Cli.Tests;

public sealed class LoadCommandTests
{
    private static string SharedPki(string set) => Path.Combine(SharedVectors.Root, "pnc", "pki", set);

    [Fact]
    public async Task OcspSendsTheSameRequestTheCountAsksForAndReportsIt()
    {
        await using var server = await Endpoint.StartAsync(StatusCodes.Status200OK);

        CliResult r = await Task.Run(() => CliRun.Run("load", "--url", server.Url, "--scenario", "ocsp", "--pki", SharedPki("iso2"),
            "--requests", "200", "--concurrency", "4"));

        Assert.True(r.ExitCode == 0, r.ToString());
        using JsonDocument json = LastJsonLine(r);
        Assert.Equal("ocsp", json.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(200, json.RootElement.GetProperty("requests").GetInt32());
        Assert.Equal(200, json.RootElement.GetProperty("succeeded").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("errors").EnumerateObject());
        Assert.True(json.RootElement.GetProperty("requestsPerSecond").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("p99Ms").GetDouble() >= json.RootElement.GetProperty("p50Ms").GetDouble());
        int warmUp = json.RootElement.GetProperty("warmUpRequests").GetInt32();
        Assert.Equal(200 + warmUp, server.Bodies.Count);
        Assert.Single(server.Bodies.Select(Convert.ToHexString).Distinct());
        Assert.All(server.Paths, p => Assert.Equal("/ocsp", p));
        Assert.All(server.ContentTypes, t => Assert.Equal("application/ocsp-request", t));
        Assert.Contains("requests/s", r.Stdout);
        Assert.Contains("p50", r.Stdout);
    }

    [Fact]
    public async Task OcspNonceSendsAFreshNonceEachTime()
    {
        await using var server = await Endpoint.StartAsync(StatusCodes.Status200OK);

        CliResult r = await Task.Run(() => CliRun.Run("load", "--url", server.Url, "--scenario", "ocsp-nonce", "--pki", SharedPki("iso20"),
            "--requests", "60"));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(server.Bodies.Count, server.Bodies.Select(Convert.ToHexString).Distinct().Count());
    }

    [Fact]
    public async Task TheRunStopsWhenTheTimeIsUp()
    {
        await using var server = await Endpoint.StartAsync(StatusCodes.Status200OK, TimeSpan.FromMilliseconds(100));
        var clock = Stopwatch.StartNew();

        CliResult r = await Task.Run(() => CliRun.Run("load", "--url", server.Url, "--scenario", "ocsp", "--pki", SharedPki("iso2"),
            "--seconds", "1", "--requests", "1000000", "--concurrency", "2"));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        using JsonDocument json = LastJsonLine(r);
        int requests = json.RootElement.GetProperty("requests").GetInt32();
        Assert.InRange(requests, 2, 40);
        Assert.True(json.RootElement.GetProperty("p50Ms").GetDouble() >= 90);
    }

    [Fact]
    public async Task FailedRequestsAreCountedByStatusAndExit1()
    {
        await using var server = await Endpoint.StartAsync(StatusCodes.Status503ServiceUnavailable);

        CliResult r = await Task.Run(() => CliRun.Run("load", "--url", server.Url, "--scenario", "ocsp", "--pki", SharedPki("iso2"),
            "--requests", "30"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("errors      503: 30", r.Stdout);
        using JsonDocument json = LastJsonLine(r);
        Assert.Equal(30, json.RootElement.GetProperty("errors").GetProperty("503").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("succeeded").GetInt32());
    }

    [Fact]
    public async Task InstallIso2PostsASignedCertificateInstallationReqWithNamespaceAndKey()
    {
        await using var server = await Endpoint.StartAsync(StatusCodes.Status200OK);
        const string key = "cpo-key-0123456789abcdef";

        CliResult r = await Task.Run(() => CliRun.Run("load", "--url", server.Url + "/", "--scenario", "install-iso2",
            "--pki", SharedPki("iso2"), "--requests", "20", "--api-key", key));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.All(server.Paths, p => Assert.Equal("/v1/cps/exchange", p));
        Assert.All(server.Namespaces, n => Assert.Equal("urn:iso:15118:2:2013:MsgDef", n));
        Assert.All(server.ApiKeys, k => Assert.Equal(key, k));
        Iso2Document request = Iso2Codec.Decode(server.Bodies.First());
        var body = Assert.IsType<CertificateInstallationReqType>(request.V2G_Message!.Body.BodyElement);
        Assert.Equal(File.ReadAllBytes(Path.Combine(SharedPki("iso2"), "certs", "OEMProvCert.der")), body.OEMProvisioningCert);
        Assert.NotNull(request.V2G_Message.Header.Signature);
    }

    [Fact]
    public async Task InstallIso20UsesTheCommonMessagesNamespace()
    {
        await using var server = await Endpoint.StartAsync(StatusCodes.Status200OK);

        CliResult r = await Task.Run(() => CliRun.Run("load", "--url", server.Url, "--scenario", "install-iso20",
            "--pki", SharedPki("iso20_ed448"), "--requests", "20", "--api-key", "cpo-key-0123456789abcdef"));

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.All(server.Namespaces, n => Assert.Equal("urn:iso:std:iso:15118:-20:CommonMessages", n));
    }

    [Theory]
    [InlineData("install-iso2", "iso20", "the folder's profile is Iso20Secp521; install-iso2 needs an iso2 folder")]
    [InlineData("install-iso20", "iso2", "the folder's profile is Iso2; install-iso20 needs an iso20")]
    public void AnInstallScenarioForTheOtherProfileIsExit1(string scenario, string set, string message)
    {
        CliResult r = CliRun.Run("load", "--url", "http://127.0.0.1:9", "--scenario", scenario, "--pki", SharedPki(set),
            "--api-key", "cpo-key-0123456789abcdef");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void AServiceThatDoesNotAnswerIsExit1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        CliResult r = CliRun.Run("load", "--url", $"http://127.0.0.1:{port}", "--scenario", "ocsp", "--pki", SharedPki("iso2"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"no answer from http://127.0.0.1:{port}/ocsp", Assert.Single(r.ErrorLines));
    }

    [Theory]
    [InlineData("loopback", "--url", "http://10.0.0.1:5080", "--scenario", "ocsp", "--pki", "p")]
    [InlineData("loopback", "--url", "http://example.com", "--scenario", "ocsp", "--pki", "p")]
    [InlineData("loopback", "--url", "http://127.0.0.1.example.com", "--scenario", "ocsp", "--pki", "p")]
    [InlineData("is not an http(s) address", "--url", "file:///etc/passwd", "--scenario", "ocsp", "--pki", "p")]
    [InlineData("'load' needs --url", "--scenario", "ocsp", "--pki", "p")]
    [InlineData("--scenario 'crl' is not ocsp", "--url", "http://127.0.0.1:1", "--scenario", "crl", "--pki", "p")]
    [InlineData("'load' needs --pki DIR", "--url", "http://127.0.0.1:1", "--scenario", "ocsp")]
    [InlineData("needs --api-key KEY", "--url", "http://127.0.0.1:1", "--scenario", "install-iso2", "--pki", "p")]
    [InlineData("--requests '0' is not a whole number", "--url", "http://[::1]:1", "--scenario", "ocsp", "--pki", "p", "--requests", "0")]
    [InlineData("--seconds 601 is more than 600", "--url", "http://localhost:1", "--scenario", "ocsp", "--pki", "p", "--seconds", "601")]
    [InlineData("--concurrency 257 is more than 256", "--url", "http://127.0.0.1:1", "--scenario", "ocsp", "--pki", "p",
        "--concurrency", "257")]
    public void BadArgumentsAreUsageErrors(string message, params string[] args)
    {
        CliResult r = CliRun.Run(["load", .. args]);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("v2g: ", r.Stderr);
        Assert.Contains(message, r.ErrorLines[0]);
    }

    private static JsonDocument LastJsonLine(CliResult r) =>
        JsonDocument.Parse(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);

    /// <summary>A tiny ASP.NET Core app on a loopback port that answers every POST with one status and records what came.</summary>
    private sealed class Endpoint : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Endpoint(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        public string Url { get; }

        public ConcurrentQueue<byte[]> Bodies { get; } = new();

        public ConcurrentQueue<string> Paths { get; } = new();

        public ConcurrentQueue<string?> ContentTypes { get; } = new();

        public ConcurrentQueue<string?> Namespaces { get; } = new();

        public ConcurrentQueue<string?> ApiKeys { get; } = new();

        public static async Task<Endpoint> StartAsync(int status, TimeSpan delay = default)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            WebApplication app = builder.Build();
            Endpoint? endpoint = null;
            app.MapPost("/{**path}", async context =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                endpoint!.Bodies.Enqueue(body.ToArray());
                endpoint.Paths.Enqueue(context.Request.Path.Value!);
                endpoint.ContentTypes.Enqueue(context.Request.ContentType);
                endpoint.Namespaces.Enqueue(context.Request.Headers["X-Xsd-Msg-Def-Namespace"]);
                endpoint.ApiKeys.Enqueue(context.Request.Headers["X-API-Key"]);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay);
                }

                context.Response.StatusCode = status;
                context.Response.ContentType = "application/ocsp-response";
                await context.Response.Body.WriteAsync(new byte[] { 0x30, 0x03, 0x0A, 0x01, 0x00 });
            });
            await app.StartAsync();
            string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            endpoint = new Endpoint(app, url);
            return endpoint;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
