using V2G.Messages.AppProtocol;

namespace V2G.Cli.Demo;

/// <summary>The handshakes of the demo sessions, built with the generated AppProtocol classes.</summary>
internal static class AppProtocolSamples
{
    /// <summary>DIN 70121 message set namespace.</summary>
    public const string Din70121Namespace = "urn:din:70121:2012:MsgDef";

    /// <summary>ISO 15118-2 message set namespace.</summary>
    public const string Iso15118Part2Namespace = "urn:iso:15118:2:2013:MsgDef";

    /// <summary>ISO 15118-20 DC message set namespace (the namespace of its DC schema).</summary>
    public const string Iso15118Part20DcNamespace = "urn:iso:std:iso:15118:-20:DC";

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

    /// <summary>
    /// The ISO 15118-20 car offers ISO 15118-20 DC v1.0 (SchemaID 1, preferred) and, as a fallback, ISO 15118-2 v2.0
    /// (SchemaID 2).
    /// </summary>
    /// <returns>The request.</returns>
    public static SupportedAppProtocolReq Iso20DcRequest() => new()
    {
        AppProtocol =
        {
            new AppProtocolType { ProtocolNamespace = Iso15118Part20DcNamespace, VersionNumberMajor = 1, VersionNumberMinor = 0, SchemaID = 1, Priority = 1 },
            new AppProtocolType { ProtocolNamespace = Iso15118Part2Namespace, VersionNumberMajor = 2, VersionNumberMinor = 0, SchemaID = 2, Priority = 2 },
        },
    };

    /// <summary>The charger selects ISO 15118-20 DC (SchemaID 1), the car's first choice.</summary>
    /// <returns>The response.</returns>
    public static SupportedAppProtocolRes Iso20DcResponse() => new()
    {
        ResponseCode = ResponseCodeType.OK_SuccessfulNegotiation,
        SchemaID = 1,
    };
}
