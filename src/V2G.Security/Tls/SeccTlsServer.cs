using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace V2G.Security.Tls;

/// <summary>
/// The SECC side of the V2G TLS channel: presents the SECC chain with the profile's protocol and cipher suites and, for
/// ISO 15118-20, requires and validates the vehicle certificate. Create once, then one handshake per connection.
/// </summary>
public sealed class SeccTlsServer
{
    private readonly SeccTlsConfiguration _configuration;
    private readonly SslStreamCertificateContext _context;

    private SeccTlsServer(SeccTlsConfiguration configuration, SslStreamCertificateContext context)
    {
        _configuration = configuration;
        _context = context;
    }

    /// <summary>The profile the server runs.</summary>
    public SecurityProfile Profile => _configuration.Profile;

    /// <summary>Checks the configuration against the profile and the platform and prepares the certificate context.</summary>
    /// <param name="configuration">Profile, SECC credential and, for ISO 15118-20, the vehicle validation.</param>
    /// <param name="server">The server, when the configuration is usable.</param>
    /// <param name="problem">Why it is not.</param>
    /// <returns>True when the server was created.</returns>
    public static bool TryCreate(
        SeccTlsConfiguration configuration,
        [NotNullWhen(true)] out SeccTlsServer? server,
        [NotNullWhen(false)] out TlsConfigurationProblem? problem)
    {
        server = null;
        problem = configuration is null
            ? new(TlsConfigurationProblemKind.MissingSetting, "no configuration was given")
            : TlsConfigurationChecks.Platform(configuration.Profile)
              ?? TlsConfigurationChecks.Credential(configuration.Credential, configuration.Profile, "SECC certificate")
              ?? (V2GTlsParameters.RequiresClientCertificate(configuration.Profile)
                  ? TlsConfigurationChecks.Validation(configuration.VehicleValidation, null, "vehicle certificate")
                  : null);
        if (problem != null)
        {
            return false;
        }

        // offline: the chain is complete as given; nothing is fetched from the AIA (and so no OCSP response is stapled).
        var context = SslStreamCertificateContext.Create(
            configuration!.Credential.Leaf, [.. configuration.Credential.SubCertificates], offline: true);
        server = new SeccTlsServer(configuration, context);
        return true;
    }

    /// <summary>New options and a new vehicle check for one connection.</summary>
    /// <returns>The handshake settings.</returns>
    public SeccTlsHandshake CreateHandshake()
    {
        SecurityProfile profile = _configuration.Profile;
        bool mutual = V2GTlsParameters.RequiresClientCertificate(profile);
        TlsPeerCheck? check = mutual ? new TlsPeerCheck(_configuration.VehicleValidation!, profile) : null;
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificateContext = _context,
            EnabledSslProtocols = V2GTlsParameters.ProtocolFor(profile),
            CipherSuitesPolicy = V2GTlsParameters.PolicyFor(profile),
            ClientCertificateRequired = mutual,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = check?.Callback,
            AllowRenegotiation = false,
        };
        return new SeccTlsHandshake(options, check);
    }

    /// <summary>Runs the server handshake on <paramref name="transport"/> (for example an accepted TCP connection).</summary>
    /// <param name="transport">The connection; the result's stream owns it, and it is closed when the handshake fails.</param>
    /// <param name="cancellationToken">Cancels the handshake (use a timeout).</param>
    /// <returns>The authenticated stream, or why the handshake failed (with the vehicle verdict for ISO 15118-20).</returns>
    public Task<TlsSessionResult> AcceptAsync(Stream transport, CancellationToken cancellationToken = default)
    {
        SeccTlsHandshake handshake = CreateHandshake();
        return TlsHandshakeRunner.RunAsync(
            transport, handshake.VehicleCheck, (s, ct) => s.AuthenticateAsServerAsync(handshake.Options, ct), cancellationToken);
    }
}
