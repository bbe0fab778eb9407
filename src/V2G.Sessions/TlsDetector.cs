using System;

namespace V2G.Sessions;

/// <summary>Recognises a stream that starts with a TLS record, so that encrypted bytes are not decoded as garbage.</summary>
internal static class TlsDetector
{
    /// <summary>
    /// Whether the bytes start with a TLS handshake record header (RFC 8446 5.1, RFC 5246 6.2.1): content type 22, legacy
    /// version major 3 and minor 0..4. A V2GTP header starts with 0x01 0xFE, so the two cannot be confused.
    /// </summary>
    internal static bool StartsWithTlsRecord(ReadOnlySpan<byte> data) =>
        data.Length >= 3 && data[0] == 0x16 && data[1] == 0x03 && data[2] <= 0x04;
}
