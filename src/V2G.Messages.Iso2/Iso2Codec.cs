using V2G.Exi;

namespace V2G.Messages.Iso2;

/// <summary>EXI codec of ISO 15118-2 (urn:iso:15118:2:2013:MsgDef and the namespaces it imports). Generated from <c>schemas/iso2/V2G_CI_MsgDef.xsd</c>.</summary>
[ExiSchema("iso2/V2G_CI_MsgDef.xsd")]
public static partial class Iso2Codec;
