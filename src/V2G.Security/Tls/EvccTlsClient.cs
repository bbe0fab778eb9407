using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using V2G.Security.Certificates;

namespace V2G.Security.Tls;

/// <summary>
/// The EVCC side of the V2G TLS channel: offers the profile's protocol and cipher suites, validates the SECC chain with
/// <see cref="CertificateChainValidator"/> (role Secc, the car's V2G roots) instead of the platform's trust store, records
/// the verdict and, for ISO 15118-20, presents the vehicle certificate. Create once, then one handshake per connection.
/// </summary>
public sealed class EvccTlsClient
{
    private readonly EvccTlsConfiguration _configuration;
    private readonly SslStreamCertificateContext? _vehicleContext;

    private EvccTlsClient(EvccTlsConfiguration configuration, SslStreamCertificateContext? vehicleContext)
    {
        _configuration = configuration;
        _vehicleContext = vehicleContext;
    }

    /// <summary>The configured profile, or null when the negotiated protocol decides.</summary>
    public SecurityProfile? Profile => _configuration.Profile;

    /// <summary>Checks the configuration against the profile and the platform.</summary>
    /// <param name="configuration">Profile, SECC validation and vehicle credential.</param>
    /// <param name="client">The client, when the configuration is usable.</param>
    /// <param name="problem">Why it is not.</param>
    /// <returns>True when the client was created.</returns>
    public static bool TryCreate(
        EvccTlsConfiguration configuration,
        [NotNullWhen(true)] out EvccTlsClient? client,
        [NotNullWhen(false)] out TlsConfigurationProblem? problem)
    {
        client = null;
        problem = configuration is null
            ? new(TlsConfigurationProblemKind.MissingSetting, "no configuration was given")
            : Check(configuration);
        if (problem != null)
        {
            return false;
        }

        TlsCredential? vehicle = configuration!.Profile == SecurityProfile.Iso2 ? null : configuration.VehicleCredential;
        SslStreamCertificateContext? context = vehicle is null
            ? null
            : SslStreamCertificateContext.Create(vehicle.Leaf, [.. vehicle.SubCertificates], offline: true);
        client = new EvccTlsClient(configuration, context);
        return true;
    }

    /// <summary>New options and a new SECC check for one connection.</summary>
    /// <returns>The handshake settings.</returns>
    public EvccTlsHandshake CreateHandshake()
    {
        SecurityProfile? profile = _configuration.Profile;
        var check = new TlsPeerCheck(_configuration.SeccValidation, profile);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = _configuration.TargetHost,
            EnabledSslProtocols = profile is { } p ? V2GTlsParameters.ProtocolFor(p) : SslProtocols.Tls12 | SslProtocols.Tls13,
            CipherSuitesPolicy = V2GTlsParameters.PolicyFor(profile),
            ClientCertificateContext = _vehicleContext,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = check.Callback,
            AllowRenegotiation = false,
        };
        return new EvccTlsHandshake(options, check);
    }

    /// <summary>Runs the client handshake on <paramref name="transport"/> (a TCP connection to the SECC).</summary>
    /// <param name="transport">The connection; the result's stream owns it, and it is closed when the handshake fails.</param>
    /// <param name="cancellationToken">Cancels the handshake (use a timeout).</param>
    /// <returns>The authenticated stream, or why the handshake failed, with the verdict on the SECC chain.</returns>
    public Task<TlsSessionResult> ConnectAsync(Stream transport, CancellationToken cancellationToken = default)
    {
        EvccTlsHandshake handshake = CreateHandshake();
        return TlsHandshakeRunner.RunAsync(
            transport, handshake.SeccCheck, (s, ct) => s.AuthenticateAsClientAsync(handshake.Options, ct), cancellationToken);
    }

    private static TlsConfigurationProblem? Check(EvccTlsConfiguration configuration)
    {
        SecurityProfile? profile = configuration.Profile;
        TlsConfigurationProblem? problem = TlsConfigurationChecks.Platform(profile ?? SecurityProfile.Iso20Secp521)
            ?? TlsConfigurationChecks.Validation(configuration.SeccValidation, CertificateRole.Secc, "SECC certificate");
        if (problem != null || profile == SecurityProfile.Iso2)
        {
            return problem;
        }

        // ISO 15118-20 requires the vehicle certificate; with no profile it is optional (an ISO 15118-2 SECC never asks).
        return profile is null && configuration.VehicleCredential is null
            ? null
            : TlsConfigurationChecks.Credential(configuration.VehicleCredential, SecurityProfile.Iso20Secp521, "vehicle certificate");
    }
}
