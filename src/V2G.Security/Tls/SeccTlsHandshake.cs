using System.Net.Security;

namespace V2G.Security.Tls;

/// <summary>The options for one SECC handshake and the check that records the vehicle's verdict (ISO 15118-20).</summary>
/// <param name="Options">
/// Pass to <see cref="SslStream.AuthenticateAsServerAsync(SslServerAuthenticationOptions, System.Threading.CancellationToken)"/>.
/// </param>
/// <param name="VehicleCheck">The vehicle certificate check; null for ISO 15118-2, where the vehicle is not authenticated.</param>
public sealed record SeccTlsHandshake(SslServerAuthenticationOptions Options, TlsPeerCheck? VehicleCheck);
