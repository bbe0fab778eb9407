using V2G.Exi;

namespace V2G.Messages.Iso2;

/// <summary>
/// EXI codec of the W3C XML-DSig core schema alone (<c>schemas/xmldsig/xmldsig-core-schema.xsd</c>). ISO 15118-2
/// computes a signature over the EXI fragment of <c>SignedInfo</c> encoded with this schema, not with the
/// message schema set: use <see cref="EncodeFragment(XmlDsigFragment, System.Span{byte})"/> for that. Its types are
/// the ones <see cref="Iso2Codec"/> uses for the signature header.
/// </summary>
[ExiSchema("xmldsig/xmldsig-core-schema.xsd")]
public static partial class XmlDsigCodec;
