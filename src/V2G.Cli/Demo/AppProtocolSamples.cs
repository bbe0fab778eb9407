using V2G.Messages.AppProtocol;

namespace V2G.Cli.Demo;

/// <summary>The handshake of a typical session, built with the generated AppProtocol classes.</summary>
internal static class AppProtocolSamples
{
    /// <summary>DIN 70121 message set namespace.</summary>
    public const string Din70121Namespace = "urn:din:70121:2012:MsgDef";

    /// <summary>ISO 15118-2 message set namespace.</summary>
    public const string Iso15118Part2Namespace = "urn:iso:15118:2:2013:MsgDef";

    /// <summary>The vehicle offers DIN 70121 v2.0 (SchemaID 1) and ISO 15118-2 v2.0 (SchemaID 2, preferred).</summary>
    /// <returns>The request.</returns>
    public static SupportedAppProtocolReq Request() => new()
    {
        AppProtocol =
        {
            new AppProtocolType { ProtocolNamespace = Din70121Namespace, VersionNumberMajor = 2, VersionNumberMinor = 0, SchemaID = 1, Priority = 2 },
            new AppProtocolType { ProtocolNamespace = Iso15118Part2Namespace, VersionNumberMajor = 2, VersionNumberMinor = 0, SchemaID = 2, Priority = 1 },
        },
    };

    /// <summary>The charger selects ISO 15118-2 (SchemaID 2), the vehicle's first choice.</summary>
    /// <returns>The response.</returns>
    public static SupportedAppProtocolRes Response() => new()
    {
        ResponseCode = ResponseCodeType.OK_SuccessfulNegotiation,
        SchemaID = 2,
    };
}
