using System.Net.Security;

namespace V2G.Security.Tls;

/// <summary>The options for one EVCC handshake and the check that records the verdict on the SECC chain.</summary>
/// <param name="Options">
/// Pass to <see cref="SslStream.AuthenticateAsClientAsync(SslClientAuthenticationOptions, System.Threading.CancellationToken)"/>.
/// </param>
/// <param name="SeccCheck">The SECC certificate check; read <see cref="TlsPeerCheck.Verdict"/> to learn why a connection was refused.</param>
public sealed record EvccTlsHandshake(SslClientAuthenticationOptions Options, TlsPeerCheck SeccCheck);
