using System;
using System.Collections.Generic;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Certificates;
using V2G.Security.TestPki;
using V2G.Security.Tls;
using Xunit;

namespace V2G.Security.Tests.Tls;

/// <summary>Our EVCC client (ISO 15118-2) against <c>openssl s_server</c> serving good and broken SECC chains.</summary>
public sealed class EvccOpenSslServerTests : IDisposable
{
    private readonly PemDirectory _pem = new();

    public enum BrokenChain
    {
        ExpiredLeaf,
        MobilityOperatorLeaf,
        ForeignRoot,
    }

    public static IEnumerable<object[]> BrokenCases() =>
    [
        [BrokenChain.ExpiredLeaf, ChainRule.Expired, "leaf"],
        [BrokenChain.MobilityOperatorLeaf, ChainRule.DomainComponent, "leaf"],
        [BrokenChain.ForeignRoot, ChainRule.UntrustedRoot, "Sub-CA 1"],
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GoodChain_IsAccepted_AndTheChannelCarriesALine(bool profileFromProtocol)
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso2);
        EvccTlsClient client = CreateClient(pki, profileFromProtocol ? null : SecurityProfile.Iso2);
        using var cts = new CancellationTokenSource(Loopback.Timeout);
        (int port, OpenSslProcess server) = await StartServerAsync(pki.Secc.Leaf.Certificate, pki.Secc.Leaf.PrivateKey, pki.Secc.SubCertificates);
        using (server)
        {
            TlsSessionResult session = await client.ConnectAsync(await Loopback.ConnectAsync(port, cts.Token), cts.Token);

            Assert.True(session.IsEstablished, session.Failure + "\n" + server.Output);
            await using var stream = session.Stream;
            Assert.NotNull(session.PeerVerdict);
            Assert.True(session.PeerVerdict.IsAccepted, session.PeerVerdict.Message);
            Assert.Equal(SecurityProfile.Iso2, session.PeerVerdict.Profile);
            Assert.Equal(4, session.PeerVerdict.Chain!.Path.Count);
            Assert.Equal(TlsCipherSuiteName, stream.NegotiatedCipherSuite.ToString());

            // s_server -rev answers each line reversed.
            await Loopback.WriteLineAsync(stream, "V2G", cts.Token);
            Assert.Equal("G2V", await Loopback.ReadLineAsync(stream, cts.Token));
        }
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public async Task BrokenChain_IsRefused_WithTheRuleRecorded(BrokenChain broken, ChainRule expected, string position)
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso2);
        EvccTlsClient client = CreateClient(pki, SecurityProfile.Iso2);
        (X509Certificate2 leaf, ECDsa key, IReadOnlyList<X509Certificate2> subCas) = Broken(pki, broken);
        using var cts = new CancellationTokenSource(Loopback.Timeout);
        (int port, OpenSslProcess server) = await StartServerAsync(leaf, key, subCas);
        using (server)
        {
            TlsSessionResult session = await client.ConnectAsync(await Loopback.ConnectAsync(port, cts.Token), cts.Token);

            Assert.False(session.IsEstablished);
            Assert.NotNull(session.PeerVerdict);
            Assert.Equal(TlsPeerRefusal.ChainInvalid, session.PeerVerdict.Refusal);
            Assert.Equal(expected, session.PeerVerdict.FailedRule);
            Assert.Equal(position, session.PeerVerdict.Chain!.Failure!.PositionName);
            Assert.Contains(expected.ToString(), session.Failure);
        }
    }

    [Fact]
    public async Task Iso20_MutualTls13_WithOpenSslServerVerifyingTheVehicleChain()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        var configuration = new EvccTlsConfiguration
        {
            Profile = SecurityProfile.Iso20Secp521,
            SeccValidation = TlsTestPki.Validation(CertificateRole.Secc, pki.V2GRoot),
            VehicleCredential = TlsTestPki.Credential(pki.OemProvisioning),
        };
        Assert.True(EvccTlsClient.TryCreate(configuration, out EvccTlsClient? client, out TlsConfigurationProblem? problem), problem?.ToString());
        using var cts = new CancellationTokenSource(Loopback.Timeout);
        (int port, OpenSslProcess server) = await StartServerAsync(
            pki.Secc.Leaf.Certificate, pki.Secc.Leaf.PrivateKey, pki.Secc.SubCertificates,
            "-tls1_3", "-Verify", "3", "-verify_return_error", "-CAfile", _pem.Certificates("oemroot", pki.OemRoot.Certificate));
        using (server)
        {
            TlsSessionResult session = await client.ConnectAsync(await Loopback.ConnectAsync(port, cts.Token), cts.Token);

            Assert.True(session.IsEstablished, session.Failure + "\n" + server.Output);
            await using var stream = session.Stream;
            Assert.Equal(System.Security.Authentication.SslProtocols.Tls13, stream.SslProtocol);
            Assert.Equal(TlsCipherSuite.TLS_AES_256_GCM_SHA384, stream.NegotiatedCipherSuite);
            Assert.True(session.PeerVerdict!.IsAccepted, session.PeerVerdict.Message);
            await Loopback.WriteLineAsync(stream, "V2G20", cts.Token);
            Assert.Equal("02G2V", await Loopback.ReadLineAsync(stream, cts.Token));
            // s_server prints the client certificate it verified against the OEM root; its output arrives asynchronously.
            Assert.True(await server.WaitForAsync(TestPkiBuilder.DefaultPcid, Loopback.Timeout), server.Output);
        }
    }

    public void Dispose() => _pem.Dispose();

    private const string TlsCipherSuiteName = "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256";

    private static EvccTlsClient CreateClient(GeneratedPki pki, SecurityProfile? profile)
    {
        var configuration = new EvccTlsConfiguration
        {
            Profile = profile,
            SeccValidation = TlsTestPki.Validation(CertificateRole.Secc, pki.V2GRoot),
        };
        Assert.True(EvccTlsClient.TryCreate(configuration, out EvccTlsClient? client, out TlsConfigurationProblem? problem), problem?.ToString());
        return client;
    }

    private static (X509Certificate2, ECDsa, IReadOnlyList<X509Certificate2>) Broken(GeneratedPki pki, BrokenChain broken)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        switch (broken)
        {
            case BrokenChain.ExpiredLeaf:
                (X509Certificate2 expired, ECDsa expiredKey) = TlsTestPki.IssueSeccLeaf(pki, "CPO", now.AddDays(-30), now.AddDays(-1));
                return (expired, expiredKey, pki.Secc.SubCertificates);
            case BrokenChain.MobilityOperatorLeaf:
                (X509Certificate2 mo, ECDsa moKey) = TlsTestPki.IssueSeccLeaf(pki, "MO", now.AddDays(-1), now.AddDays(30));
                return (mo, moKey, pki.Secc.SubCertificates);
            default:
                IssuedChain foreign = TlsTestPki.ForeignFor(pki.Profile).Secc;
                return (foreign.Leaf.Certificate, foreign.Leaf.PrivateKey, foreign.SubCertificates);
        }
    }

    private async Task<(int Port, OpenSslProcess Server)> StartServerAsync(
        X509Certificate2 leaf, ECDsa key, IReadOnlyList<X509Certificate2> subCas, params string[] protocolArguments)
    {
        int port = Loopback.FreePort();
        string name = Guid.NewGuid().ToString("N");
        string[] arguments =
        [
            "s_server", "-accept", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-naccept", "1",
            "-cert", _pem.Certificates(name, leaf), "-key", _pem.Key(name, key), "-cert_chain", _pem.Certificates(name + "-subcas", subCas),
            "-rev", .. (protocolArguments.Length == 0 ? ["-tls1_2"] : protocolArguments),
        ];
        OpenSslProcess server = OpenSslProcess.Start(arguments);
        if (!await server.WaitForAsync("ACCEPT", Loopback.Timeout))
        {
            string output = server.Output;
            server.Dispose();
            Assert.Fail("openssl s_server did not start: " + output);
        }

        return (port, server);
    }
}
