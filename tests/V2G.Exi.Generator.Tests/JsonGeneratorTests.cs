using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// The emitted JSON form on a schema with every shape the emitter handles: a repeated substitution group, a repeated
/// sequence group, a choice naming one element twice, simple content with an attribute, empty content, big integers.
/// </summary>
public class JsonGeneratorTests
{
    private const string Source =
        "namespace Demo;\n" +
        "/// <summary>Test codec.</summary>\n" +
        "[V2G.Exi.ExiSchema(\"t/T.xsd\")]\n" +
        "public static partial class TCodec;\n";

    private const string Schema =
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">\n" +
        "  <xs:complexType name=\"Base\" abstract=\"true\"><xs:sequence/></xs:complexType>\n" +
        "  <xs:complexType name=\"Signed\"><xs:complexContent><xs:extension base=\"t:Base\"><xs:sequence>\n" +
        "    <xs:element name=\"Value\" type=\"xs:int\"/></xs:sequence><xs:attribute name=\"Id\" type=\"xs:ID\"/></xs:extension></xs:complexContent></xs:complexType>\n" +
        "  <xs:complexType name=\"Plain\"><xs:complexContent><xs:extension base=\"t:Base\"><xs:sequence>\n" +
        "    <xs:element name=\"Text\" type=\"xs:string\"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>\n" +
        "  <xs:element name=\"Item\" type=\"t:Base\" abstract=\"true\"/>\n" +
        "  <xs:element name=\"SignedItem\" type=\"t:Signed\" substitutionGroup=\"t:Item\"/>\n" +
        "  <xs:element name=\"PlainItem\" type=\"t:Plain\" substitutionGroup=\"t:Item\"/>\n" +
        "  <xs:complexType name=\"Choice\"><xs:choice>\n" +
        "    <xs:sequence><xs:element name=\"Key\" type=\"xs:int\"/><xs:element name=\"Packet\" type=\"xs:hexBinary\" minOccurs=\"0\"/></xs:sequence>\n" +
        "    <xs:element name=\"Packet\" type=\"xs:hexBinary\"/></xs:choice></xs:complexType>\n" +
        "  <xs:complexType name=\"Measured\"><xs:simpleContent><xs:extension base=\"xs:unsignedLong\">\n" +
        "    <xs:attribute name=\"Unit\" type=\"xs:string\"/></xs:extension></xs:simpleContent></xs:complexType>\n" +
        "  <xs:complexType name=\"Nothing\"/>\n" +
        "  <xs:complexType name=\"RootType\"><xs:sequence>\n" +
        "    <xs:element ref=\"t:Item\" maxOccurs=\"3\"/>\n" +
        "    <xs:element name=\"Flag\" type=\"xs:boolean\" minOccurs=\"0\"/>\n" +
        "    <xs:element name=\"Big\" type=\"xs:integer\" minOccurs=\"0\"/>\n" +
        "    <xs:element name=\"Either\" type=\"t:Choice\" minOccurs=\"0\" maxOccurs=\"2\"/>\n" +
        "    <xs:element name=\"Reading\" type=\"t:Measured\" minOccurs=\"0\"/>\n" +
        "    <xs:element name=\"Empty\" type=\"t:Nothing\" minOccurs=\"0\"/>\n" +
        "    <xs:sequence maxOccurs=\"2\"><xs:element name=\"Grouped\" type=\"xs:int\"/><xs:element name=\"Count\" type=\"xs:int\"/></xs:sequence>\n" +
        "  </xs:sequence></xs:complexType>\n" +
        "  <xs:element name=\"Root\" type=\"t:RootType\"/>\n" +
        "</xs:schema>\n";

    private const string Probe =
        "namespace Demo;\n/// <summary>Probe.</summary>\npublic static class Probe\n{\n" +
        "    /// <summary>XML to JSON.</summary>\n" +
        "    public static string Json(string xml) => TCodec.ToJson(TCodec.FromXml(xml));\n" +
        "    /// <summary>JSON to EXI and XML to EXI, as hex.</summary>\n" +
        "    public static string Encodings(string json, string xml) =>\n" +
        "        System.Convert.ToHexString(TCodec.Encode(TCodec.FromJson(json))) + \"/\" + System.Convert.ToHexString(TCodec.Encode(TCodec.FromXml(xml)));\n" +
        "}\n";

    private const string Xml =
        "<t:Root xmlns:t=\"urn:t\"><t:SignedItem Id=\"a\"><t:Value>1</t:Value></t:SignedItem><t:PlainItem><t:Text>x</t:Text></t:PlainItem>" +
        "<t:Flag>true</t:Flag><t:Big>-123456789012345678901234567890</t:Big>" +
        "<t:Either><t:Key>7</t:Key><t:Packet>0aff</t:Packet></t:Either><t:Either><t:Packet>01</t:Packet></t:Either>" +
        "<t:Reading Unit=\"V\">18446744073709551615</t:Reading><t:Empty/>" +
        "<t:Grouped>1</t:Grouped><t:Count>2</t:Count><t:Grouped>3</t:Grouped><t:Count>4</t:Count></t:Root>";

    private const string Expected =
        "{\n" +
        "  \"Root\": {\n" +
        "    \"Item\": [\n" +
        "      {\n        \"SignedItem\": {\n          \"@Id\": \"a\",\n          \"Value\": 1\n        }\n      },\n" +
        "      {\n        \"PlainItem\": {\n          \"Text\": \"x\"\n        }\n      }\n" +
        "    ],\n" +
        "    \"Flag\": true,\n" +
        "    \"Big\": -123456789012345678901234567890,\n" +
        "    \"Either\": [\n" +
        "      {\n        \"Key\": 7,\n        \"Packet\": \"0AFF\"\n      },\n" +
        "      {\n        \"Packet\": \"01\"\n      }\n" +
        "    ],\n" +
        "    \"Reading\": {\n      \"@Unit\": \"V\",\n      \"#text\": 18446744073709551615\n    },\n" +
        "    \"Empty\": {},\n" +
        "    \"#items\": [\n" +
        "      {\n        \"Grouped\": 1,\n        \"Count\": 2\n      },\n" +
        "      {\n        \"Grouped\": 3,\n        \"Count\": 4\n      }\n" +
        "    ]\n" +
        "  }\n" +
        "}";

    [Fact]
    public void The_json_source_is_emitted_next_to_the_xml_source()
    {
        var (run, _, diagnostics) = Generate();
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var json = Assert.Single(run.Results[0].GeneratedSources, s => s.HintName == "Demo.TCodec.Json.g.cs");
        string text = json.SourceText.ToString();
        foreach (string surface in new[] { "ToJson(", "WriteJson(", "FromJson(string json)", "FromJson(global::System.Text.Json.JsonElement root)",
            "FragmentToJson(", "WriteFragmentJson(", "FragmentFromJson(string json)" })
        {
            Assert.Contains("public static ", text[..text.IndexOf(surface, StringComparison.Ordinal)].Split('\n')[^1], StringComparison.Ordinal);
        }

        Assert.Contains("private sealed partial class DocumentsCodec", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shape_has_its_documented_form_and_round_trips_to_the_same_bytes()
    {
        WithProbe((json, encodings) =>
        {
            string written = json(Xml);
            Assert.Equal(Expected, written);
            string[] pair = encodings(written, Xml).Split('/');
            Assert.Equal(pair[1], pair[0]);
        });
    }

    private static (GeneratorDriverRunResult Run, Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) Generate()
    {
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText("/x/schemas/t/T.xsd", Schema) });
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(Source, Probe), out var output, out var diagnostics);
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
        var context = new AssemblyLoadContext("json-form", isCollectible: true);
        try
        {
            var probe = context.LoadFromStream(image).GetType("Demo.Probe", throwOnError: true)!;
            test(probe.GetMethod("Json")!.CreateDelegate<Func<string, string>>(), probe.GetMethod("Encodings")!.CreateDelegate<Func<string, string, string>>());
        }
        finally
        {
            context.Unload();
        }
    }
}
