using System;
using System.Linq;
using System.Xml.Linq;

namespace V2G.Messages.Tests;

/// <summary>Compares XML documents as trees: element names, attributes (namespace declarations aside) and text of leaves.</summary>
public static class XmlTree
{
    /// <summary>Null if equal, else the path and nature of the first difference.</summary>
    public static string? Difference(string expected, string actual) =>
        Difference(XDocument.Parse(expected).Root!, XDocument.Parse(actual).Root!, string.Empty);

    private static string? Difference(XElement e, XElement a, string path)
    {
        path += "/" + e.Name.LocalName;
        if (e.Name != a.Name)
        {
            return path + ": element " + a.Name + " instead of " + e.Name;
        }

        var ea = e.Attributes().Where(x => !x.IsNamespaceDeclaration).OrderBy(x => x.Name.ToString(), StringComparer.Ordinal).ToList();
        var aa = a.Attributes().Where(x => !x.IsNamespaceDeclaration).OrderBy(x => x.Name.ToString(), StringComparer.Ordinal).ToList();
        if (!ea.Select(x => x.Name + "=" + x.Value).SequenceEqual(aa.Select(x => x.Name + "=" + x.Value)))
        {
            return path + ": attributes [" + string.Join(", ", aa) + "] instead of [" + string.Join(", ", ea) + "]";
        }

        var ec = e.Elements().ToList();
        var ac = a.Elements().ToList();
        if (ec.Count == 0 && ac.Count == 0)
        {
            return e.Value == a.Value ? null : path + ": value '" + a.Value + "' instead of '" + e.Value + "'";
        }

        for (int i = 0; i < Math.Min(ec.Count, ac.Count); i++)
        {
            var d = Difference(ec[i], ac[i], path);
            if (d != null)
            {
                return d;
            }
        }

        return ec.Count == ac.Count ? null : path + ": " + ac.Count + " child elements instead of " + ec.Count;
    }
}
