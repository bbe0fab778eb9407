using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Revocation;
using Xunit;

namespace V2G.Security.Tests.Revocation;

/// <summary>The HTTP transport against an in-process handler (no network).</summary>
public sealed class HttpOcspTransportTests
{
    [Fact]
    public async Task Posts_the_request_and_parses_the_response()
    {
        var pki = new TestPki("iso2");
        byte[] answer = File.ReadAllBytes(pki.OcspPath("ContractCert_good.resp.der"));
        var handler = new FakeResponder(HttpStatusCode.OK, "application/ocsp-response", answer);
        OcspRequest request = OcspRequestBuilder.Build(pki.Cert("ContractCert"), pki.Cert("MOSubCA2"));

        OcspFetchResult result = await new HttpOcspTransport(new HttpClient(handler)).FetchAsync(request.ResponderUrl!, request);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(answer, result.Response!.Der);
        Assert.Equal(HttpMethod.Post, handler.Method);
        Assert.Equal("application/ocsp-request", handler.ContentType);
        Assert.Equal(request.Der, handler.Body);
        Assert.Equal(request.ResponderUrl, handler.Uri);
        Assert.Equal(RevocationStatus.Good,
            OcspResponseVerifier.Verify(result.Response, pki.Cert("ContractCert"), pki.Cert("MOSubCA2"), TestPki.ReferenceTime).Status);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "application/ocsp-response", "HTTP 500")]
    [InlineData(HttpStatusCode.OK, "text/html", "content type 'text/html'")]
    public async Task Http_errors_are_reported_not_thrown(HttpStatusCode status, string contentType, string expected)
    {
        var pki = new TestPki("iso2");
        OcspRequest request = OcspRequestBuilder.Build(pki.Cert("ContractCert"), pki.Cert("MOSubCA2"));
        var transport = new HttpOcspTransport(new HttpClient(new FakeResponder(status, contentType, new byte[] { 1 })));

        OcspFetchResult result = await transport.FetchAsync(new Uri("http://ocsp.test.invalid/"), request);

        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error);
    }

    private sealed class FakeResponder(HttpStatusCode status, string contentType, byte[] answer) : HttpMessageHandler
    {
        public HttpMethod? Method { get; private set; }

        public Uri? Uri { get; private set; }

        public string? ContentType { get; private set; }

        public byte[]? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Method = request.Method;
            Uri = request.RequestUri;
            ContentType = request.Content?.Headers.ContentType?.MediaType;
            Body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var content = new ByteArrayContent(answer);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            return new HttpResponseMessage(status) { Content = content };
        }
    }
}
