using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>Compares XML documents by element names (namespace + local name) and text, ignoring prefixes and layout.</summary>
public static class XmlSame
{
    public static void Equal(string expected, string actual)
    {
        XElement e = Normalize(XDocument.Parse(expected).Root!);
        XElement a = Normalize(XDocument.Parse(actual).Root!);
        Assert.True(XNode.DeepEquals(e, a), $"XML differs.\nexpected:\n{e}\nactual:\n{a}");
    }

    private static XElement Normalize(XElement element) =>
        new(element.Name,
            element.Attributes().Where(x => !x.IsNamespaceDeclaration).Select(x => new XAttribute(x.Name, x.Value)),
            element.HasElements ? element.Elements().Select(Normalize) : (object)element.Value);
}
