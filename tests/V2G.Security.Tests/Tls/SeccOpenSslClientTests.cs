using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.TestPki;
using V2G.Security.Tls;
using Xunit;

namespace V2G.Security.Tests.Tls;

/// <summary>Our SECC server (ISO 15118-2) against <c>openssl s_client</c>, which verifies the served chain to the V2G root.</summary>
public sealed class SeccOpenSslClientTests : IDisposable
{
    private readonly PemDirectory _pem = new();

    [Fact]
    public async Task OpenSslClient_VerifiesTheServedChain_AndTheChannelCarriesALine()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso2);
        SeccTlsServer server = CreateServer(pki);
        using TcpListener listener = Loopback.Listen();
        using var cts = new CancellationTokenSource(Loopback.Timeout);
        using OpenSslProcess client = OpenSslProcess.Start(
            "s_client", "-connect", $"127.0.0.1:{Loopback.Port(listener)}", "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-SHA256",
            "-CAfile", _pem.Certificates("v2groot", pki.V2GRoot.Certificate), "-verify_return_error", "-brief");

        using TcpClient accepted = await listener.AcceptTcpClientAsync(cts.Token);
        TlsSessionResult session = await server.AcceptAsync(accepted.GetStream(), cts.Token);
        Assert.True(session.IsEstablished, session.Failure);
        await using var stream = session.Stream;
        Assert.Null(session.PeerVerdict);
        Assert.Equal(System.Security.Authentication.SslProtocols.Tls12, stream.SslProtocol);
        Assert.Equal(System.Net.Security.TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, stream.NegotiatedCipherSuite);
        Assert.False(stream.IsMutuallyAuthenticated);

        client.WriteLine("hello from openssl");
        string? line = await Loopback.ReadLineAsync(stream, cts.Token);
        Assert.Equal("hello from openssl", line);
        await Loopback.WriteLineAsync(stream, "hello from the SECC", cts.Token);

        Assert.True(await client.WaitForAsync("hello from the SECC", Loopback.Timeout), client.Output);
        Assert.Contains("Verification: OK", client.Output);
        Assert.Contains("ECDHE-ECDSA-AES128-SHA256", client.Output);
    }

    [Fact]
    public async Task OpenSslClient_RefusesTheChain_WhenItTrustsAnotherRoot()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso2);
        SeccTlsServer server = CreateServer(pki);
        using TcpListener listener = Loopback.Listen();
        using var cts = new CancellationTokenSource(Loopback.Timeout);
        string foreignRoot = _pem.Certificates("foreign", TlsTestPki.ForeignFor(SecurityProfile.Iso2).V2GRoot.Certificate);
        using OpenSslProcess client = OpenSslProcess.Start(
            "s_client", "-connect", $"127.0.0.1:{Loopback.Port(listener)}", "-tls1_2", "-CAfile", foreignRoot, "-verify_return_error", "-brief");

        using TcpClient accepted = await listener.AcceptTcpClientAsync(cts.Token);
        TlsSessionResult session = await server.AcceptAsync(accepted.GetStream(), cts.Token);

        Assert.False(session.IsEstablished);
        Assert.True(await client.WaitForAsync("verify error", Loopback.Timeout), client.Output);
    }

    [Fact]
    public async Task OpenSslClient_CannotNegotiateASuiteOutsideTheProfile()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso2);
        SeccTlsServer server = CreateServer(pki);
        using TcpListener listener = Loopback.Listen();
        using var cts = new CancellationTokenSource(Loopback.Timeout);
        using OpenSslProcess client = OpenSslProcess.Start(
            "s_client", "-connect", $"127.0.0.1:{Loopback.Port(listener)}", "-tls1_2", "-cipher", "ECDHE-ECDSA-AES256-GCM-SHA384",
            "-CAfile", _pem.Certificates("v2groot", pki.V2GRoot.Certificate), "-brief");

        using TcpClient accepted = await listener.AcceptTcpClientAsync(cts.Token);
        TlsSessionResult session = await server.AcceptAsync(accepted.GetStream(), cts.Token);

        Assert.False(session.IsEstablished);
        Assert.Contains("handshake failed", session.Failure);
    }

    public void Dispose() => _pem.Dispose();

    private static SeccTlsServer CreateServer(GeneratedPki pki)
    {
        var configuration = new SeccTlsConfiguration { Profile = pki.Profile, Credential = TlsTestPki.Credential(pki.Secc) };
        Assert.True(SeccTlsServer.TryCreate(configuration, out SeccTlsServer? server, out TlsConfigurationProblem? problem), problem?.ToString());
        return server;
    }
}
