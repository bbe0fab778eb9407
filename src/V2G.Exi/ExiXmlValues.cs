using System;
using System.Globalization;
using System.Numerics;

namespace V2G.Exi;

/// <summary>Parsing of XML lexical forms (XML Schema Part 2) for generated XML readers.</summary>
public static class ExiXmlValues
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>
    /// True for attributes that carry no content: namespace declarations, and the <c>xsi:schemaLocation</c> and
    /// <c>xsi:noNamespaceSchemaLocation</c> hints that schema-valid instances may always carry. Every other attribute
    /// a type does not declare (<c>xsi:type</c> and <c>xsi:nil</c> included) is refused by the XML readers.
    /// </summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>True if reading may skip it.</returns>
    public static bool IsIgnorable(System.Xml.Linq.XAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return attribute.IsNamespaceDeclaration
            || (attribute.Name.NamespaceName == XsiNamespace && attribute.Name.LocalName is "schemaLocation" or "noNamespaceSchemaLocation");
    }

    /// <summary>Parses xs:hexBinary.</summary>
    /// <param name="text">The lexical form.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ParseHex(string text)
    {
        string trimmed = text.Trim();
        try
        {
            return Convert.FromHexString(trimmed);
        }
        catch (FormatException)
        {
            throw new ExiXmlException("'" + Shorten(trimmed) + "' is not hexBinary");
        }
    }

    /// <summary>Parses xs:base64Binary (white space inside is allowed).</summary>
    /// <param name="text">The lexical form.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ParseBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new ExiXmlException("'" + Shorten(text.Trim()) + "' is not base64Binary");
        }
    }

    /// <summary>Parses an integer of an XML Schema integer type into the C# type that holds it.</summary>
    /// <typeparam name="T">The C# integer type.</typeparam>
    /// <param name="text">The lexical form (collapsed: leading and trailing white space is ignored; a leading '+' is allowed).</param>
    /// <returns>The value.</returns>
    public static T ParseInteger<T>(string text)
        where T : IBinaryInteger<T>
    {
        string trimmed = text.Trim();
        if (!BigInteger.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
        {
            throw new ExiXmlException("'" + Shorten(trimmed) + "' is not an integer");
        }

        try
        {
            return T.CreateChecked(big);
        }
        catch (OverflowException)
        {
            // The nearest value the type holds is the bound that was crossed.
            T bound = T.CreateSaturating(big);
            throw new ExiXmlException("The integer " + Shorten(trimmed) + " is outside the range of its type: " + (big.Sign < 0 ? "at least " : "at most ") + bound.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
}
