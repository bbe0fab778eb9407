using System;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using V2G.Exi;
using V2G.Messages.Iso20;

namespace V2G.Cli.Security;

/// <summary>
/// Reads ISO 15118-20 CommonMessages XML with the one length facet the standard contradicts: the X448 DHPublicKey of
/// SignedInstallationData has 57 bytes ([V2G20-2489]) where the XSD says 133. The generated XML reader always checks
/// facets, so such a key is read through a placeholder of the facet's length and put back afterwards.
/// </summary>
internal static class Iso20XmlReader
{
    private const int FacetLength = 133;
    private static readonly XName DhPublicKey = XName.Get("DHPublicKey", "urn:iso:std:iso:15118:-20:CommonMessages");

    /// <summary>Reads the XML form of a CommonMessages document.</summary>
    /// <param name="xml">The XML.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ExiXmlException">The XML is not well-formed or breaks the schema.</exception>
    public static CommonMessagesDocument Read(string xml)
    {
        XDocument parsed;
        try
        {
            parsed = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return CommonMessagesCodec.FromXml(xml);
        }

        XElement[] keys = parsed.Root?.Descendants(DhPublicKey).Take(2).ToArray() ?? [];
        XElement? key = keys.Length == 1 ? keys[0] : null;
        byte[]? original = key is null ? null : TryBase64(key.Value);
        if (key is null || original is null || original.Length == FacetLength)
        {
            return CommonMessagesCodec.FromXml(xml);
        }

        key.Value = Convert.ToBase64String(new byte[FacetLength]);
        CommonMessagesDocument document = CommonMessagesCodec.FromXml(parsed.Root!);
        if (document.Value is CertificateInstallationResType response)
        {
            response.SignedInstallationData.DHPublicKey = original;
        }

        return document;
    }

    private static byte[]? TryBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
