using V2G.Messages.AppProtocol;

namespace V2G.Sessions.Tests;

/// <summary>Encodes a SupportedAppProtocol handshake: the EV offers two protocols, the EVSE picks one.</summary>
internal static class Handshake
{
    public const string Din = "urn:din:70121:2012:MsgDef";
    public const string Iso2 = "urn:iso:15118:2:2013:MsgDef";
    public const string Iso20Dc = "urn:iso:std:iso:15118:-20:DC";

    /// <summary>A request offering <paramref name="chosen"/> as SchemaID 10 and <paramref name="other"/> as SchemaID 20.</summary>
    public static byte[] Request(string chosen, string other = "urn:example:other")
    {
        var request = new SupportedAppProtocolReq();
        request.AppProtocol.Add(Entry(other, 20, 2));
        request.AppProtocol.Add(Entry(chosen, 10, 1));
        return AppProtocolCodec.Documents.Encode(request);
    }

    /// <summary>A response selecting <paramref name="schemaId"/> (none when null).</summary>
    public static byte[] Response(byte? schemaId, ResponseCodeType code = ResponseCodeType.OK_SuccessfulNegotiation) =>
        AppProtocolCodec.Documents.Encode(new SupportedAppProtocolRes { ResponseCode = code, SchemaID = schemaId });

    private static AppProtocolType Entry(string ns, byte schemaId, byte priority) => new()
    {
        ProtocolNamespace = ns,
        VersionNumberMajor = 2,
        VersionNumberMinor = 0,
        SchemaID = schemaId,
        Priority = priority,
    };
}
