using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using Org.BouncyCastle.Ocsp;
using V2G.Security.Revocation;
using V2G.Services.Security;
using V2G.Services.Storage;
using Xunit;

namespace V2G.Services.Tests.Hosting;

/// <summary>
/// When the store stops answering (a database down), every route answers in its own terms without leaking the reason:
/// OCSP with tryLater (RFC 6960 2.3), the others 503 in the error shape; nothing becomes a bare 500.
/// </summary>
public sealed class UnavailableStoreTests
{
    [Fact]
    public async Task A_store_that_stops_answering_gives_tryLater_and_503_without_details()
    {
        IPncStore store = FailingStore.Wrap(new InMemoryPncStore(), out FailingStore switchable);
        await using TestService service = await TestService.StartAsync(SharedData.Pki("iso2"), store);
        switchable.Failing = true;

        using X509Certificate2 contract = X509CertificateLoader.LoadCertificateFromFile(
            System.IO.Path.Combine(SharedData.Pki("iso2"), "certs", "ContractCert.der"));
        using X509Certificate2 issuer = X509CertificateLoader.LoadCertificateFromFile(
            System.IO.Path.Combine(SharedData.Pki("iso2"), "certs", "MOSubCA2.der"));
        var body = new ByteArrayContent(OcspRequestBuilder.Build(contract, issuer).Der);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
        using HttpResponseMessage ocsp = await service.Client().PostAsync("ocsp", body);
        Assert.Equal(HttpStatusCode.OK, ocsp.StatusCode);
        Assert.Equal(3, new OcspResp(await ocsp.Content.ReadAsByteArrayAsync()).Status); // tryLater

        foreach ((string path, ApiRole? role) in new (string, ApiRole?)[]
            { ("health", null), ("crl/MOSubCA2", null), ("v1/root/rootCerts", ApiRole.Cpo), ("", null) })
        {
            using HttpResponseMessage reply = await service.Client(role).GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, reply.StatusCode);
            string text = await reply.Content.ReadAsStringAsync();
            using JsonDocument json = JsonDocument.Parse(text);
            Assert.Contains("does not answer", json.RootElement.GetProperty("errorMessages")[0].GetString());
            Assert.DoesNotContain(FailingStore.Secret, text);
        }
    }

    /// <summary>Forwards to a real store until <see cref="Failing"/> is set, then throws as an unreachable database would.</summary>
    public class FailingStore : DispatchProxy
    {
        public const string Secret = "db.internal.example:5432";

        private IPncStore? _inner;

        public bool Failing { get; set; }

        public static IPncStore Wrap(IPncStore inner, out FailingStore proxy)
        {
            IPncStore wrapped = Create<IPncStore, FailingStore>();
            proxy = (FailingStore)(object)wrapped;
            proxy._inner = inner;
            return wrapped;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (Failing && targetMethod!.Name != nameof(IPncStore.DisposeAsync))
            {
                throw new StoreUnavailableException($"PostgreSQL at {Secret} is unavailable: connection refused");
            }

            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
