using V2G.Exi;

namespace V2G.Messages.Iso20;

/// <summary>
/// EXI codec of the ISO 15118-20 DC namespace: DC charging (DC_ChargeParameterDiscovery, DC_CableCheck, DC_PreCharge, DC_ChargeLoop, DC_WeldingDetection), including bidirectional (BPT). Generated from <c>schemas/iso20/V2G_CI_DC.xsd</c>;
/// a document is one of the namespace's global elements. The types of CommonTypes and XML-DSig are shared with
/// the other ISO 15118-20 codecs of this assembly.
/// </summary>
[ExiSchema("iso20/V2G_CI_DC.xsd")]
public static partial class DcCodec;
