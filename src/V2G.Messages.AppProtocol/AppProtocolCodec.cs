using V2G.Exi;

namespace V2G.Messages.AppProtocol;

/// <summary>
/// EXI codec of the supported-application-protocol handshake (urn:iso:15118:2:2010:AppProtocol), the first
/// message pair of every ISO 15118 and DIN 70121 session. Generated from <c>schemas/app-protocol/AppProtocol.xsd</c>.
/// </summary>
[ExiSchema("app-protocol/AppProtocol.xsd")]
public static partial class AppProtocolCodec;
