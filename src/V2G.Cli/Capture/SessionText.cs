using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using V2G.Sessions;

namespace V2G.Cli.Capture;

/// <summary>Text pieces shared by the timeline, the JSON and the HTML report: endpoints, times, the negotiated protocol.</summary>
internal static class SessionText
{
    /// <summary>An endpoint as <c>addr:port</c>, an IPv6 address in brackets (<c>[fe80::1]:15118</c>).</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>The text.</returns>
    public static string Endpoint(IPEndPoint endpoint) =>
        endpoint.AddressFamily == AddressFamily.InterNetworkV6
            ? string.Create(CultureInfo.InvariantCulture, $"[{endpoint.Address}]:{endpoint.Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{endpoint.Address}:{endpoint.Port}");

    /// <summary>A capture time as UTC date and time to the millisecond.</summary>
    /// <param name="unixTimeNanoseconds">Nanoseconds since 1970-01-01 UTC.</param>
    /// <returns>E.g. <c>2024-06-11 08:00:00.123 UTC</c>.</returns>
    public static string Absolute(long unixTimeNanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks(unixTimeNanoseconds / 100).ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Seconds since the session started, to the millisecond, signed (<c>+1.250</c>).</summary>
    /// <param name="unixTimeNanoseconds">The event's time; null when unknown.</param>
    /// <param name="startNanoseconds">The session's first segment.</param>
    /// <returns>The text, or <c>?</c> when the time is unknown.</returns>
    public static string Relative(long? unixTimeNanoseconds, long startNanoseconds) =>
        unixTimeNanoseconds is long time
            ? ((time - startNanoseconds) / 1e9).ToString("+0.000;-0.000", CultureInfo.InvariantCulture)
            : "?";

    /// <summary>What the handshake selected, e.g. <c>ISO 15118-2 (urn:iso:15118:2:2013:MsgDef, SchemaID 10, version 2.0)</c>.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The text; <c>no protocol negotiated</c> without a successful handshake.</returns>
    public static string Protocol(DecodedSession session) => session.Protocol is { } protocol
        ? string.Create(CultureInfo.InvariantCulture,
            $"{Standard(protocol.Standard)} ({protocol.Namespace}, SchemaID {protocol.SchemaId}, "
            + $"version {protocol.VersionMajor}.{protocol.VersionMinor})")
        : "no protocol negotiated";

    private static string Standard(ProtocolStandard standard) => standard switch
    {
        ProtocolStandard.Din => "DIN 70121",
        ProtocolStandard.Iso2 => "ISO 15118-2",
        ProtocolStandard.Iso20 => "ISO 15118-20",
        _ => standard.ToString(),
    };
}
