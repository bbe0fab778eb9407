using System;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Certificates;
using V2G.Security.TestPki;
using V2G.Security.Tls;
using Xunit;

namespace V2G.Security.Tests.Tls;

/// <summary>ISO 15118-20: TLS 1.3 with mutual authentication between our SECC and EVCC helpers (P-521 chains).</summary>
public sealed class MutualTls13Tests
{
    [Fact]
    public async Task BothSidesAccept_WithTheVehicleCertificateValidatedAsOemProvisioning()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        (TlsSessionResult secc, TlsSessionResult evcc) = await HandshakeAsync(Server(pki, pki.OemRoot), Client(pki, pki.OemProvisioning));

        Assert.True(secc.IsEstablished, secc.Failure);
        Assert.True(evcc.IsEstablished, evcc.Failure);
        await using var seccStream = secc.Stream;
        await using var evccStream = evcc.Stream;
        Assert.Equal(SslProtocols.Tls13, seccStream.SslProtocol);
        Assert.Equal(System.Net.Security.TlsCipherSuite.TLS_AES_256_GCM_SHA384, seccStream.NegotiatedCipherSuite);
        Assert.True(seccStream.IsMutuallyAuthenticated);
        Assert.True(secc.PeerVerdict!.IsAccepted, secc.PeerVerdict.Message);
        Assert.Equal(pki.OemProvisioning.Leaf.Certificate.Thumbprint, secc.PeerVerdict.Chain!.Path[0].Thumbprint);
        Assert.Equal(pki.OemRoot.Certificate.Thumbprint, secc.PeerVerdict.Chain.Path[^1].Thumbprint);
        Assert.True(evcc.PeerVerdict!.IsAccepted, evcc.PeerVerdict.Message);
        Assert.Equal(SecurityProfile.Iso20Secp521, evcc.PeerVerdict.Profile);

        using var cts = new CancellationTokenSource(Loopback.Timeout);
        await Loopback.WriteLineAsync(evccStream, "SessionSetupReq", cts.Token);
        Assert.Equal("SessionSetupReq", await Loopback.ReadLineAsync(seccStream, cts.Token));
    }

    [Fact]
    public async Task Secc_RefusesAVehicleChainFromAnotherOem()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        IssuedChain foreignVehicle = TlsTestPki.ForeignFor(SecurityProfile.Iso20Secp521).OemProvisioning;
        (TlsSessionResult secc, TlsSessionResult evcc) = await HandshakeAsync(Server(pki, pki.OemRoot), Client(pki, foreignVehicle));

        Assert.False(secc.IsEstablished);
        Assert.Equal(TlsPeerRefusal.ChainInvalid, secc.PeerVerdict!.Refusal);
        Assert.Equal(ChainRule.UntrustedRoot, secc.PeerVerdict.FailedRule);
        Assert.Contains("UntrustedRoot", secc.Failure);
        evcc.Stream?.Dispose();
    }

    [Fact]
    public async Task Secc_RefusesTheContractChainAsVehicleCertificate()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        (TlsSessionResult secc, TlsSessionResult evcc) = await HandshakeAsync(Server(pki, pki.MoRoot), Client(pki, pki.Contract));

        Assert.False(secc.IsEstablished);
        // The contract leaf carries nonRepudiation, which no vehicle/provisioning certificate may have.
        Assert.Equal(ChainRule.LeafKeyUsage, secc.PeerVerdict!.FailedRule);
        evcc.Stream?.Dispose();
    }

    [Fact]
    public async Task Secc_RefusesAVehicleWithoutCertificate()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        var configuration = new EvccTlsConfiguration { SeccValidation = TlsTestPki.Validation(CertificateRole.Secc, pki.V2GRoot) };
        Assert.True(EvccTlsClient.TryCreate(configuration, out EvccTlsClient? client, out TlsConfigurationProblem? problem), problem?.ToString());

        (TlsSessionResult secc, TlsSessionResult evcc) = await HandshakeAsync(Server(pki, pki.OemRoot), client);

        Assert.False(secc.IsEstablished);
        Assert.Equal(TlsPeerRefusal.NoCertificate, secc.PeerVerdict!.Refusal);
        Assert.Null(secc.PeerVerdict.Chain);
        // The EVCC itself accepted the SECC, with the profile taken from the negotiated TLS 1.3.
        Assert.Equal(SecurityProfile.Iso20Secp521, evcc.PeerVerdict!.Profile);
        Assert.True(evcc.PeerVerdict.IsAccepted, evcc.PeerVerdict.Message);
        evcc.Stream?.Dispose();
    }

    private static SeccTlsServer Server(GeneratedPki pki, IssuedCertificate vehicleRoot)
    {
        var configuration = new SeccTlsConfiguration
        {
            Profile = SecurityProfile.Iso20Secp521,
            Credential = TlsTestPki.Credential(pki.Secc),
            VehicleValidation = TlsTestPki.Validation(CertificateRole.OemProvisioning, vehicleRoot),
        };
        Assert.True(SeccTlsServer.TryCreate(configuration, out SeccTlsServer? server, out TlsConfigurationProblem? problem), problem?.ToString());
        return server;
    }

    private static EvccTlsClient Client(GeneratedPki pki, IssuedChain vehicle)
    {
        var configuration = new EvccTlsConfiguration
        {
            Profile = SecurityProfile.Iso20Secp521,
            SeccValidation = TlsTestPki.Validation(CertificateRole.Secc, pki.V2GRoot),
            VehicleCredential = TlsTestPki.Credential(vehicle),
        };
        Assert.True(EvccTlsClient.TryCreate(configuration, out EvccTlsClient? client, out TlsConfigurationProblem? problem), problem?.ToString());
        return client;
    }

    private static async Task<(TlsSessionResult Secc, TlsSessionResult Evcc)> HandshakeAsync(SeccTlsServer server, EvccTlsClient client)
    {
        using TcpListener listener = Loopback.Listen();
        using var cts = new CancellationTokenSource(Loopback.Timeout);
        Task<TlsSessionResult> evcc = Task.Run(async () => await client.ConnectAsync(
            await Loopback.ConnectAsync(Loopback.Port(listener), cts.Token), cts.Token));
        TcpClient accepted = await listener.AcceptTcpClientAsync(cts.Token);
        TlsSessionResult secc = await server.AcceptAsync(accepted.GetStream(), cts.Token);
        return (secc, await evcc);
    }
}
