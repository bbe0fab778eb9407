using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using V2G.Security.Revocation;
using V2G.Services.Client.Revocation;
using V2G.Services.Security;
using V2G.Services.Storage;
using V2G.Services.Tests.Hosting;
using Xunit;

namespace V2G.Services.Tests.Revocation;

/// <summary>/ocsp over HttpClient: refusals, the typed client, pre-signed answers and revocations seen by a second instance.</summary>
public class OcspHttpTests
{
    private static string Pki => SharedData.Pki("iso2");

    private static X509Certificate2 Load(string name) =>
        X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Pki, "certs", name + ".der"));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return await client.PostAsync("ocsp", content);
    }

    [Fact]
    public async Task GarbagePost_IsAnsweredWithMalformedRequest_InsideAnOcspResponse()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using HttpResponseMessage reply = await PostAsync(service.Client(), "not DER at all"u8.ToArray(), "application/ocsp-request");

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("application/ocsp-response", reply.Content.Headers.ContentType?.MediaType);
        Assert.True(OcspResponseDocument.TryParse(await reply.Content.ReadAsByteArrayAsync(), out var response, out string? error), error);
        Assert.Equal(1, response.ResponseStatus);
    }

    [Fact]
    public async Task GetWithBadBase64_IsAnsweredWithMalformedRequest()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using HttpResponseMessage reply = await service.Client().GetAsync("ocsp/%%%not-base64!!");

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.True(OcspResponseDocument.TryParse(await reply.Content.ReadAsByteArrayAsync(), out var response, out string? error), error);
        Assert.Equal(1, response.ResponseStatus);
        Assert.Equal("no-store", reply.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("application/json", 415, "application/ocsp-request")]
    [InlineData(null, 415, "(none)")]
    public async Task WrongContentType_Gets415(string? contentType, int status, string reason)
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using HttpResponseMessage reply = await PostAsync(service.Client(), [0x30, 0x00], contentType);

        Assert.Equal(status, (int)reply.StatusCode);
        Assert.Contains(reason, await AdminRevocationTests.ErrorMessage(reply));
    }

    [Fact]
    public async Task EmptyBody_Gets400_AndOversizedBody_Gets413()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using HttpResponseMessage empty = await PostAsync(service.Client(), [], "application/ocsp-request");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("the body is empty", await AdminRevocationTests.ErrorMessage(empty));

        using HttpResponseMessage large = await PostAsync(service.Client(), new byte[70 * 1024], "application/ocsp-request");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("limit of 65536 bytes", await AdminRevocationTests.ErrorMessage(large));
    }

    [Fact]
    public async Task GetWithoutRequest_Gets400()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using HttpResponseMessage reply = await service.Client().GetAsync("ocsp");
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Contains("base64 DER OCSPRequest", await AdminRevocationTests.ErrorMessage(reply));
    }

    [Theory]
    [InlineData(OcspHttpMethod.Post, true)]
    [InlineData(OcspHttpMethod.Post, false)]
    [InlineData(OcspHttpMethod.Get, true)]
    [InlineData(OcspHttpMethod.Get, false)]
    public async Task OcspClient_GetsVerifiedGoodAndRevoked_WithTimes(OcspHttpMethod method, bool nonce)
    {
        await using TestService service = await TestService.StartAsync(Pki);
        var client = new OcspClient(service.Client());
        var url = new Uri(service.BaseAddress, "ocsp");
        using X509Certificate2 issuer = Load("MOSubCA2");
        using X509Certificate2 good = Load("ContractCert");
        using X509Certificate2 revoked = Load("ContractCert2");

        OcspCheckResult first = await client.CheckAsync(good, issuer, url, nonce, method);
        OcspCheckResult second = await client.CheckAsync(revoked, issuer, url, nonce, method);

        Assert.True(first.IsVerified, first.Verification.Reason);
        Assert.Equal(RevocationStatus.Good, first.Status);
        Assert.Equal(TimeSpan.FromHours(1), first.NextUpdate - first.ThisUpdate);
        Assert.Equal(RevocationStatus.Revoked, second.Status);
        Assert.Equal(RevocationReason.KeyCompromise, second.Verification.RevocationReason);
    }

    [Fact]
    public async Task Get_WithUnescapedBase64_AndCacheHeaders_UpToNextUpdate()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using X509Certificate2 issuer = Load("MOSubCA2");
        using X509Certificate2 contract = Load("ContractCert");
        byte[] der = OcspRequestBuilder.Build(contract, issuer, OcspHashAlgorithm.Sha1).Der;
        string base64 = Convert.ToBase64String(der);
        for (byte salt = 0; !base64.Contains('/', StringComparison.Ordinal) && !base64.Contains('+', StringComparison.Ordinal); salt++)
        {
            der = OcspRequestBuilder.Build(contract, issuer, nonce: [salt, 0xFB, 0xFF]).Der;
            base64 = Convert.ToBase64String(der);
        }

        // Some clients put the base64 in the path as is: '/' and '+' unescaped.
        using HttpResponseMessage reply = await service.Client().GetAsync("ocsp/" + base64);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.True(OcspResponseDocument.TryParse(await reply.Content.ReadAsByteArrayAsync(), out var response, out string? error), error);
        Assert.Equal(0, response.ResponseStatus);

        using HttpResponseMessage cacheable = await service.Client().GetAsync(
            OcspClient.GetUrl(new Uri(service.BaseAddress, "ocsp"), OcspRequestBuilder.Build(contract, issuer).Der));
        TimeSpan? maxAge = cacheable.Headers.CacheControl?.MaxAge;
        Assert.InRange(maxAge!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.True(cacheable.Headers.CacheControl!.Public);
        Assert.NotNull(cacheable.Headers.ETag);
        Assert.NotNull(cacheable.Content.Headers.Expires);
        Assert.NotNull(cacheable.Content.Headers.LastModified);
    }

    [Fact]
    public async Task NonceLessAnswers_ArePreSigned_UntilARevocationMovesTheStore()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        var client = new OcspClient(service.Client());
        var url = new Uri(service.BaseAddress, "ocsp");
        using X509Certificate2 issuer = Load("MOSubCA2");
        using X509Certificate2 contract = Load("ContractCert");

        OcspCheckResult first = await client.CheckAsync(contract, issuer, url, useNonce: false);
        OcspCheckResult cached = await client.CheckAsync(contract, issuer, url, useNonce: false);
        OcspCheckResult fresh = await client.CheckAsync(contract, issuer, url, useNonce: true);
        Assert.Equal(first.ResponseDer, cached.ResponseDer); // ECDSA signatures are randomized: same bytes = same signing
        Assert.NotEqual(first.ResponseDer, fresh.ResponseDer);

        await new RevocationAdminClient(service.Client(ApiRole.Admin)).RevokeAsync(contract, RevocationReason.KeyCompromise);
        OcspCheckResult after = await client.CheckAsync(contract, issuer, url, useNonce: false);
        Assert.Equal(RevocationStatus.Revoked, after.Status);
    }

    [Fact]
    public async Task TwoInstancesOnOneStore_SeeEachOthersRevocations_AtOnce()
    {
        var store = new InMemoryPncStore();
        await using TestService a = await TestService.StartAsync(Pki, store);
        await using TestService b = await TestService.StartAsync(Pki, store);
        using X509Certificate2 issuer = Load("MOSubCA2");
        using X509Certificate2 contract = Load("ContractCert");
        var onB = new OcspClient(b.Client());
        var urlB = new Uri(b.BaseAddress, "ocsp");
        Assert.Equal(RevocationStatus.Good, (await onB.CheckAsync(contract, issuer, urlB, useNonce: false)).Status);

        RevocationReceipt receipt = await new RevocationAdminClient(a.Client(ApiRole.Admin)).RevokeAsync(contract);

        Assert.Equal(RevocationStatus.Revoked, (await onB.CheckAsync(contract, issuer, urlB, useNonce: false)).Status);
        CrlDocument crlOnB = await new CrlClient(b.Client()).GetCrlAsync("MOSubCA2");
        Assert.True(long.Parse(crlOnB.CrlNumber!, System.Globalization.NumberStyles.HexNumber) > receipt.CrlNumber, crlOnB.CrlNumber);
        Assert.Equal(RevocationStatus.Revoked,
            CrlChecker.Check(crlOnB, contract, issuer, DateTimeOffset.UtcNow).Status);
    }

    [Fact]
    public async Task IssuedByTheService_IsGood_NotUnknown()
    {
        await using TestService service = await TestService.StartAsync(Pki);
        using X509Certificate2 issuer = Load("MOSubCA2");
        using X509Certificate2 foreignSerial = Load("ContractCertNew");
        // ContractCertNew is of the folder (good); the same request with a serial the folder lacks is unknown until the
        // store records a certificate of that serial as issued by the service.
        var client = new OcspClient(service.Client());
        var url = new Uri(service.BaseAddress, "ocsp");
        Assert.Equal(RevocationStatus.Good, (await client.CheckAsync(foreignSerial, issuer, url)).Status);

        byte[] request = OcspRequestBuilder.Build(foreignSerial, issuer).Der;
        request = ReplaceSerial(request, foreignSerial.SerialNumberBytes.ToArray(), [0x7A, 0x11]);
        using HttpResponseMessage unknown = await PostAsync(service.Client(), request, "application/ocsp-request");
        Assert.Equal(RevocationStatus.Unknown, StatusOf(await unknown.Content.ReadAsByteArrayAsync()));

        await service.Service.Store.AddIssuedCertificateAsync(new IssuedCertificateRecord("MOSubCA2", "7A11", [], "x", DateTimeOffset.UtcNow));
        using HttpResponseMessage good = await PostAsync(service.Client(), request, "application/ocsp-request");
        Assert.Equal(RevocationStatus.Good, StatusOf(await good.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>A request for another serial of the same CA: the serial INTEGER's bytes replaced in the DER (same length).</summary>
    private static byte[] ReplaceSerial(byte[] der, byte[] serial, byte[] replacement)
    {
        Assert.Equal(serial.Length, replacement.Length);
        int at = der.AsSpan().LastIndexOf(serial); // the serial ends the CertID, the last field of a nonce-less request
        Assert.Equal(der.Length - serial.Length, at);
        replacement.CopyTo(der, at);
        return der;
    }

    private static RevocationStatus StatusOf(byte[] der)
    {
        var response = new Org.BouncyCastle.Ocsp.OcspResp(der);
        var basic = (Org.BouncyCastle.Ocsp.BasicOcspResp)response.GetResponseObject();
        object? status = basic.Responses[0].GetCertStatus();
        return status is null ? RevocationStatus.Good
            : status is Org.BouncyCastle.Ocsp.RevokedStatus ? RevocationStatus.Revoked : RevocationStatus.Unknown;
    }
}
