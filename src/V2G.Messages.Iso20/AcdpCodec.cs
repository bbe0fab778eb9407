using V2G.Exi;

namespace V2G.Messages.Iso20;

/// <summary>
/// EXI codec of the ISO 15118-20 ACDP namespace: automated connection device with pantograph (ACDP_VehiclePositioning, ACDP_Connect, ACDP_SystemStatus). Generated from <c>schemas/iso20/V2G_CI_ACDP.xsd</c>;
/// a document is one of the namespace's global elements. The types of CommonTypes and XML-DSig are shared with
/// the other ISO 15118-20 codecs of this assembly.
/// </summary>
[ExiSchema("iso20/V2G_CI_ACDP.xsd")]
public static partial class AcdpCodec;
