using System;
using System.Linq;
using System.Net.Security;
using System.Security.Authentication;
using V2G.Security.Certificates;
using V2G.Security.TestPki;
using V2G.Security.Tls;
using Xunit;

namespace V2G.Security.Tests.Tls;

/// <summary>The platform flags say what this Linux/OpenSSL SslStream can do, and the helpers refuse what it cannot.</summary>
public sealed class TlsPlatformSupportTests
{
    [Fact]
    public void EveryFeature_HasExactlyOneEntryWithAnExplanation()
    {
        Assert.Equal(
            Enum.GetValues<TlsPlatformFeature>().OrderBy(f => f),
            TlsPlatformSupport.All.Select(f => f.Feature).OrderBy(f => f));
        Assert.All(TlsPlatformSupport.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Explanation)));
    }

    [Fact]
    public void OnLinux_SuitesTls13AndMutualAuthAreSupported_StaplingEd448AndGroupsAreNot()
    {
        Assert.True(OperatingSystem.IsLinux(), "these tests run on Linux with OpenSSL");
        Assert.True(TlsPlatformSupport.IsSupported(TlsPlatformFeature.CipherSuitePolicy));
        Assert.True(TlsPlatformSupport.IsSupported(TlsPlatformFeature.Tls13));
        Assert.True(TlsPlatformSupport.IsSupported(TlsPlatformFeature.MutualAuthentication));
        Assert.True(TlsPlatformSupport.IsSupported(TlsPlatformFeature.ServerWithoutClientAuthentication));
        Assert.False(TlsPlatformSupport.StapledOcspResponseToClient);
        Assert.False(TlsPlatformSupport.IsSupported(TlsPlatformFeature.StapledOcspResponseToClient));
        Assert.False(TlsPlatformSupport.IsSupported(TlsPlatformFeature.Ed448Credential));
        Assert.False(TlsPlatformSupport.IsSupported(TlsPlatformFeature.NamedGroupSelection));
        Assert.False(TlsPlatformSupport.IsSupported(TlsPlatformFeature.StaticEcdhCipherSuite));
        Assert.Contains("NOT supported", TlsPlatformSupport.Get(TlsPlatformFeature.Ed448Credential).ToString());
    }

    [Fact]
    public void Parameters_FollowTheStandardTables()
    {
        Assert.Equal([TlsCipherSuite.TLS_AES_256_GCM_SHA384, TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256], V2GTlsParameters.Iso20CipherSuites);
        Assert.Equal([TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256], V2GTlsParameters.Iso2CipherSuites);
        Assert.Equal(SslProtocols.Tls12, V2GTlsParameters.ProtocolFor(SecurityProfile.Iso2));
        Assert.Equal(SslProtocols.Tls13, V2GTlsParameters.ProtocolFor(SecurityProfile.Iso20Secp521));
        Assert.False(V2GTlsParameters.RequiresClientCertificate(SecurityProfile.Iso2));
        Assert.True(V2GTlsParameters.RequiresClientCertificate(SecurityProfile.Iso20Secp521));
        Assert.Null(V2GTlsParameters.ProfileFor(SslProtocols.None));
    }

    [Fact]
    public void Secc_RefusesTheEd448Profile_AsPlatformUnsupported()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        var configuration = new SeccTlsConfiguration { Profile = SecurityProfile.Iso20Ed448, Credential = TlsTestPki.Credential(pki.Secc) };

        Assert.False(SeccTlsServer.TryCreate(configuration, out _, out TlsConfigurationProblem? problem));
        Assert.Equal(TlsConfigurationProblemKind.PlatformUnsupported, problem.Kind);
        Assert.Contains(nameof(TlsPlatformFeature.Ed448Credential), problem.Message);
    }

    [Fact]
    public void Secc_RefusesAP256CredentialUnderIso20()
    {
        GeneratedPki iso2 = TlsTestPki.For(SecurityProfile.Iso2);
        GeneratedPki iso20 = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        var configuration = new SeccTlsConfiguration
        {
            Profile = SecurityProfile.Iso20Secp521,
            Credential = TlsTestPki.Credential(iso2.Secc),
            VehicleValidation = TlsTestPki.Validation(CertificateRole.OemProvisioning, iso20.OemRoot),
        };

        Assert.False(SeccTlsServer.TryCreate(configuration, out _, out TlsConfigurationProblem? problem));
        Assert.Equal(TlsConfigurationProblemKind.KeyNotOfProfile, problem.Kind);
        Assert.Contains("256-bit", problem.Message);
    }

    [Fact]
    public void Secc_RefusesIso20WithoutVehicleTrustAnchors()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        var configuration = new SeccTlsConfiguration { Profile = SecurityProfile.Iso20Secp521, Credential = TlsTestPki.Credential(pki.Secc) };

        Assert.False(SeccTlsServer.TryCreate(configuration, out _, out TlsConfigurationProblem? problem));
        Assert.Equal(TlsConfigurationProblemKind.MissingSetting, problem.Kind);
        Assert.Contains("vehicle certificate", problem.Message);
    }

    [Fact]
    public void Secc_RefusesACredentialWithoutPrivateKey()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso2);
        using var publicOnly = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(pki.Secc.Leaf.RawData);
        var configuration = new SeccTlsConfiguration
        {
            Profile = SecurityProfile.Iso2, Credential = new TlsCredential(publicOnly, pki.Secc.SubCertificates),
        };

        Assert.False(SeccTlsServer.TryCreate(configuration, out _, out TlsConfigurationProblem? problem));
        Assert.Equal(TlsConfigurationProblemKind.NoPrivateKey, problem.Kind);
    }

    [Fact]
    public void Evcc_RefusesIso20WithoutVehicleCertificate_AndAValidationForAnotherRole()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso20Secp521);
        var noVehicle = new EvccTlsConfiguration
        {
            Profile = SecurityProfile.Iso20Secp521, SeccValidation = TlsTestPki.Validation(CertificateRole.Secc, pki.V2GRoot),
        };
        var wrongRole = noVehicle with { Profile = SecurityProfile.Iso2, SeccValidation = TlsTestPki.Validation(CertificateRole.Cps, pki.V2GRoot) };

        Assert.False(EvccTlsClient.TryCreate(noVehicle, out _, out TlsConfigurationProblem? missing));
        Assert.Equal(TlsConfigurationProblemKind.MissingSetting, missing.Kind);
        Assert.False(EvccTlsClient.TryCreate(wrongRole, out _, out TlsConfigurationProblem? role));
        Assert.Equal(TlsConfigurationProblemKind.WrongRole, role.Kind);
    }

    [Fact]
    public void Iso2Server_AsksForNoClientCertificate_AndOffersOnlyTls12()
    {
        GeneratedPki pki = TlsTestPki.For(SecurityProfile.Iso2);
        var configuration = new SeccTlsConfiguration { Profile = SecurityProfile.Iso2, Credential = TlsTestPki.Credential(pki.Secc) };
        Assert.True(SeccTlsServer.TryCreate(configuration, out SeccTlsServer? server, out _));

        SeccTlsHandshake handshake = server.CreateHandshake();

        Assert.False(handshake.Options.ClientCertificateRequired);
        Assert.Null(handshake.VehicleCheck);
        Assert.Equal(SslProtocols.Tls12, handshake.Options.EnabledSslProtocols);
        Assert.NotNull(handshake.Options.CipherSuitesPolicy);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(V2GTlsParameters.Iso2CipherSuites, handshake.Options.CipherSuitesPolicy.AllowedCipherSuites);
        }
    }
}
