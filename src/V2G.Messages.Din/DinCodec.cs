using V2G.Exi;

namespace V2G.Messages.Din;

/// <summary>EXI codec of DIN 70121 (urn:din:70121:2012:MsgDef and the namespaces it imports). Generated from <c>schemas/din/V2G_CI_MsgDef.xsd</c>.</summary>
[ExiSchema("din/V2G_CI_MsgDef.xsd")]
public static partial class DinCodec;
