using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// The generated Id index: every element with an xs:ID attribute is found through substitution groups, lists,
/// repeated groups and nesting, in document order; duplicates are reported; paths that cannot reach an Id are
/// not visited at all (no visit method for them).
/// </summary>
public class IdIndexTests
{
    private const string Source =
        "namespace Demo;\n" +
        "/// <summary>Test codec.</summary>\n" +
        "[V2G.Exi.ExiSchema(\"t/T.xsd\")]\n" +
        "public static partial class TCodec;\n";

    private const string Schema =
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\" attributeFormDefault=\"qualified\">\n" +
        "  <xs:complexType name=\"Base\" abstract=\"true\"><xs:sequence/></xs:complexType>\n" +
        "  <xs:complexType name=\"Signed\"><xs:complexContent><xs:extension base=\"t:Base\"><xs:sequence>\n" +
        "    <xs:element name=\"Value\" type=\"xs:int\"/></xs:sequence><xs:attribute name=\"Id\" type=\"xs:ID\"/></xs:extension></xs:complexContent></xs:complexType>\n" +
        "  <xs:complexType name=\"Plain\"><xs:complexContent><xs:extension base=\"t:Base\"><xs:sequence>\n" +
        "    <xs:element name=\"Text\" type=\"xs:string\"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>\n" +
        "  <xs:element name=\"Item\" type=\"t:Base\" abstract=\"true\"/>\n" +
        "  <xs:element name=\"SignedItem\" type=\"t:Signed\" substitutionGroup=\"t:Item\"/>\n" +
        "  <xs:element name=\"PlainItem\" type=\"t:Plain\" substitutionGroup=\"t:Item\"/>\n" +
        "  <xs:complexType name=\"Inner\"><xs:sequence>\n" +
        "    <xs:element name=\"Deep\" type=\"t:Signed\" minOccurs=\"0\"/></xs:sequence>\n" +
        "    <xs:attribute name=\"Id\" type=\"xs:ID\"/></xs:complexType>\n" +
        "  <xs:complexType name=\"Node\"><xs:sequence>\n" +
        "    <xs:element name=\"Child\" type=\"t:Inner\" minOccurs=\"0\" maxOccurs=\"2\"/></xs:sequence>\n" +
        "    <xs:attribute name=\"Id\" type=\"xs:ID\"/></xs:complexType>\n" +
        "  <xs:complexType name=\"Leaf\"><xs:sequence><xs:element name=\"N\" type=\"xs:int\"/></xs:sequence></xs:complexType>\n" +
        "  <xs:complexType name=\"RootType\"><xs:sequence>\n" +
        "    <xs:element ref=\"t:Item\" maxOccurs=\"3\"/>\n" +
        "    <xs:element name=\"Tree\" type=\"t:Node\" minOccurs=\"0\"/>\n" +
        "    <xs:element name=\"Plain\" type=\"t:Leaf\" minOccurs=\"0\"/>\n" +
        "    <xs:sequence maxOccurs=\"2\"><xs:element name=\"Grouped\" type=\"t:Node\"/><xs:element name=\"Count\" type=\"xs:int\"/></xs:sequence>\n" +
        "  </xs:sequence></xs:complexType>\n" +
        "  <xs:element name=\"Root\" type=\"t:RootType\"/>\n" +
        "</xs:schema>\n";

    private const string Probe =
        "namespace Demo;\n/// <summary>Probe.</summary>\npublic static class Probe\n{\n" +
        "    /// <summary>Each Id with its fragment's element name.</summary>\n" +
        "    public static string Ids(string xml) => string.Join(\",\", TCodec.GetIdentifiedElements(TCodec.Decode(TCodec.Encode(TCodec.FromXml(xml))))\n" +
        "        .Select(e => e.Id + \"=\" + e.Fragment.Name.LocalName));\n" +
        "    /// <summary>The lookup of one Id.</summary>\n" +
        "    public static string Find(string xml, string id) => TCodec.FindById(TCodec.FromXml(xml), id, out var f) + \":\" + f.Name.LocalName;\n" +
        "}\n";

    [Fact]
    public void Index_finds_every_identified_element_in_document_order()
    {
        const string xml =
            "<t:Root xmlns:t=\"urn:t\">" +
            "<t:SignedItem t:Id=\"a\"><t:Value>1</t:Value></t:SignedItem><t:PlainItem><t:Text>x</t:Text></t:PlainItem><t:SignedItem t:Id=\"b\"><t:Value>2</t:Value></t:SignedItem>" +
            "<t:Tree t:Id=\"c\"><t:Child t:Id=\"d\"><t:Deep t:Id=\"e\"><t:Value>4</t:Value></t:Deep></t:Child><t:Child/></t:Tree>" +
            "<t:Plain><t:N>3</t:N></t:Plain>" +
            "<t:Grouped t:Id=\"f\"/><t:Count>1</t:Count><t:Grouped t:Id=\"g\"/><t:Count>2</t:Count>" +
            "</t:Root>";
        WithProbe((ids, find) =>
        {
            Assert.Equal("a=SignedItem,b=SignedItem,c=Tree,d=Child,e=Deep,f=Grouped,g=Grouped", ids(xml));
            Assert.Equal("Found:Deep", find(xml, "e"));
            Assert.Equal("NotFound:", find(xml, "zz"));
        });
    }

    [Fact]
    public void Duplicate_ids_are_reported()
    {
        const string xml =
            "<t:Root xmlns:t=\"urn:t\"><t:SignedItem t:Id=\"a\"><t:Value>1</t:Value></t:SignedItem>" +
            "<t:Tree t:Id=\"a\"/><t:Grouped/><t:Count>1</t:Count></t:Root>";
        WithProbe((ids, find) =>
        {
            Assert.Equal("a=SignedItem,a=Tree", ids(xml));
            Assert.Equal("Duplicate:SignedItem", find(xml, "a"));
        });
    }

    [Fact]
    public void Paths_that_cannot_reach_an_id_are_not_visited()
    {
        var (run, _, _) = Generate();
        string index = run.Results[0].GeneratedSources.Single(s => s.HintName == "Demo.TCodec.Ids.g.cs").SourceText.ToString();
        Assert.Contains("VisitRootType(", index, StringComparison.Ordinal);
        Assert.Contains("VisitNode(", index, StringComparison.Ordinal);
        Assert.DoesNotContain("VisitLeaf(", index, StringComparison.Ordinal);
        Assert.DoesNotContain("VisitPlain(", index, StringComparison.Ordinal);
        Assert.DoesNotContain(".Plain ", index, StringComparison.Ordinal);
    }

    private static (GeneratorDriverRunResult Run, Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) Generate()
    {
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText("/x/schemas/t/T.xsd", Schema) });
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(Source, "using System.Linq;\n" + Probe), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    private static void WithProbe(Action<Func<string, string>, Func<string, string, string>> test)
    {
        var (_, output, diagnostics) = Generate();
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(20)));
        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext("id-index", isCollectible: true);
        try
        {
            var probe = context.LoadFromStream(image).GetType("Demo.Probe", throwOnError: true)!;
            test(probe.GetMethod("Ids")!.CreateDelegate<Func<string, string>>(), probe.GetMethod("Find")!.CreateDelegate<Func<string, string, string>>());
        }
        finally
        {
            context.Unload();
        }
    }
}
