using V2G.Exi;

namespace V2G.Messages.Iso20;

/// <summary>
/// EXI codec of the W3C XML-DSig core schema alone, for ISO 15118-20 signatures whose SignedInfo is encoded as a
/// fragment of that schema. Its types are the ones the ISO 15118-20 codecs use for the signature header.
/// </summary>
[ExiSchema("xmldsig/xmldsig-core-schema.xsd")]
public static partial class XmlDsigCodec;
