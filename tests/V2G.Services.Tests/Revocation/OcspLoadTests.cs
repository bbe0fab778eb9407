using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using V2G.Security.Authority;
using V2G.Security.Revocation;
using V2G.Services.Tests.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace V2G.Services.Tests.Revocation;

/// <summary>
/// Bounded loopback load of /ocsp (count and time capped): pre-signed nonce-less answers against fresh signatures with a
/// nonce, printing requests per second and p50/p99. Run: dotnet test tests/V2G.Services.Tests --filter OcspLoadTests
/// --logger "console;verbosity=detailed".
/// </summary>
public class OcspLoadTests(ITestOutputHelper output)
{
    private const int Requests = 1500;
    private const int Concurrency = 8;

    [Theory]
    [InlineData("iso2")]
    [InlineData("iso20_ed448")]
    public async Task CachedAndFreshAnswers_AllSucceed_AndTheirRatesAreReported(string set)
    {
        string pki = SharedData.Pki(set);
        await using TestService service = await TestService.StartAsync(pki, configure: o => o with { ExpensiveRequestsPerSecond = 1_000_000 });
        using X509Certificate2 issuer = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(pki, "certs", "MOSubCA2.der"));
        using X509Certificate2 contract = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(pki, "certs", "ContractCert.der"));
        HttpClient client = service.Client();

        byte[] cachedRequest = OcspRequestBuilder.Build(contract, issuer).Der;
        (double cachedRate, double cachedP50, double cachedP99) = await RunAsync(client, _ => cachedRequest);
        (double freshRate, double freshP50, double freshP99) = await RunAsync(client,
            _ => OcspRequestBuilder.Build(contract, issuer, nonce: OcspRequestBuilder.NewNonce()).Der);

        output.WriteLine($"{set} cached (no nonce): {cachedRate:F0} req/s, p50 {cachedP50:F2} ms, p99 {cachedP99:F2} ms");
        output.WriteLine($"{set} fresh (nonce):     {freshRate:F0} req/s, p50 {freshP50:F2} ms, p99 {freshP99:F2} ms");
        Assert.Equal(1, service.Service.App.Services.GetRequiredService<OcspResponder>().CachedCount);
    }

    [Fact]
    public async Task RateLimit_Refuses429_WithTheErrorShape()
    {
        await using TestService service = await TestService.StartAsync(
            SharedData.Pki("iso2"), configure: o => o with { ExpensiveRequestsPerSecond = 2 });
        HttpClient client = service.Client();
        HttpStatusCode[] statuses = new HttpStatusCode[6];
        string? refusal = null;
        for (int i = 0; i < statuses.Length; i++)
        {
            using var content = new ByteArrayContent([0x30, 0x00]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
            using HttpResponseMessage reply = await client.PostAsync("ocsp", content);
            statuses[i] = reply.StatusCode;
            if (reply.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refusal ??= await AdminRevocationTests.ErrorMessage(reply);
            }
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Contains("more than 2 requests per second", refusal);
    }

    private static async Task<(double Rate, double P50, double P99)> RunAsync(HttpClient client, Func<int, byte[]> request)
    {
        double[] latencies = new double[Requests];
        int next = -1;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        long start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Requests)
            {
                using var content = new ByteArrayContent(request(i));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
                long sent = Stopwatch.GetTimestamp();
                using HttpResponseMessage reply = await client.PostAsync("ocsp", content, deadline.Token);
                byte[] body = await reply.Content.ReadAsByteArrayAsync(deadline.Token);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
                Assert.True(OcspResponseDocument.TryParse(body, out OcspResponseDocument? document, out string? _) && document.ResponseStatus == 0);
            }
        }));
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        return (Requests / seconds, latencies[Requests / 2], latencies[(int)(Requests * 0.99)]);
    }
}
