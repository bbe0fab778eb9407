using System.Diagnostics.CodeAnalysis;

namespace V2G.Transport.Sdp;

/// <summary>Reading of the security and transport protocol bytes, shared by requests and responses.</summary>
internal static class SdpFields
{
    internal static bool TryReadSecurity(byte value, int offset, out SdpSecurity security, [NotNullWhen(false)] out SdpError? error)
    {
        security = (SdpSecurity)value;
        error = security is SdpSecurity.Tls or SdpSecurity.NoTransportSecurity
            ? null
            : new SdpError(SdpErrorKind.UnknownSecurity, offset,
                $"security is 0x{value:X2}, expected 0x00 (TLS) or 0x10 (no transport security)");
        return error is null;
    }

    internal static bool TryReadTransport(
        byte value, int offset, out SdpTransportProtocol transport, [NotNullWhen(false)] out SdpError? error)
    {
        transport = (SdpTransportProtocol)value;
        error = transport is SdpTransportProtocol.Tcp or SdpTransportProtocol.Udp
            ? null
            : new SdpError(SdpErrorKind.UnknownTransportProtocol, offset,
                $"transport protocol is 0x{value:X2}, expected 0x00 (TCP) or 0x10 (UDP)");
        return error is null;
    }

    internal static SdpError WrongLength(string message, int expected, int actual) =>
        new(SdpErrorKind.WrongPayloadLength, System.Math.Min(expected, actual),
            $"{message} payload is {actual} bytes, expected {expected}");
}
