using V2G.Exi;

namespace V2G.Messages.Iso20;

/// <summary>
/// EXI codec of the ISO 15118-20 WPT namespace: wireless power transfer (WPT_FinePositioning, WPT_Pairing, WPT_ChargeParameterDiscovery, WPT_ChargeLoop...). Generated from <c>schemas/iso20/V2G_CI_WPT.xsd</c>;
/// a document is one of the namespace's global elements. The types of CommonTypes and XML-DSig are shared with
/// the other ISO 15118-20 codecs of this assembly.
/// </summary>
[ExiSchema("iso20/V2G_CI_WPT.xsd")]
public static partial class WptCodec;
