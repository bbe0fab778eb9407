using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>Schema names that are also identifiers of the generated code still give code that compiles.</summary>
public class IdentifierClashTests
{
    private const string Source =
        "namespace Demo;\n" +
        "/// <summary>Test codec.</summary>\n" +
        "[V2G.Exi.ExiSchema(\"t/T.xsd\")]\n" +
        "public static partial class TCodec;\n";

    [Fact]
    public void Elements_named_like_generated_locals_and_names_repeated_after_a_repeated_group_compile()
    {
        // e, value, item, state, writer, order: locals and parameters of the generated methods. m1 occurs in a
        // repeated choice and again after it, so the group loop and the method both hold an m1.
        const string schema =
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">\n" +
            "  <xs:complexType name=\"Clashes\"><xs:sequence>\n" +
            "    <xs:element name=\"e\" type=\"xs:int\"/><xs:element name=\"value\" type=\"xs:string\" minOccurs=\"0\"/>\n" +
            "    <xs:element name=\"item\" type=\"xs:int\" minOccurs=\"0\"/><xs:element name=\"state\" type=\"xs:boolean\" minOccurs=\"0\"/>\n" +
            "    <xs:element name=\"writer\" type=\"xs:int\" minOccurs=\"0\"/><xs:element name=\"order\" type=\"xs:int\" minOccurs=\"0\" maxOccurs=\"3\"/>\n" +
            "  </xs:sequence><xs:attribute name=\"child\" type=\"xs:string\"/></xs:complexType>\n" +
            "  <xs:complexType name=\"Groups\"><xs:sequence>\n" +
            "    <xs:choice maxOccurs=\"unbounded\"><xs:element name=\"m1\" type=\"xs:int\"/><xs:element name=\"m2\" type=\"xs:int\"/></xs:choice>\n" +
            "    <xs:element name=\"m3\" type=\"xs:int\"/><xs:element name=\"m1\" type=\"xs:int\" minOccurs=\"0\"/>\n" +
            "  </xs:sequence></xs:complexType>\n" +
            "  <xs:element name=\"A\" type=\"t:Clashes\"/><xs:element name=\"B\" type=\"t:Groups\"/>\n" +
            "</xs:schema>\n";
        const string probe =
            "namespace Demo;\n/// <summary>Probe.</summary>\npublic static class Probe\n{\n" +
            "    /// <summary>XML to EXI to XML.</summary>\n" +
            "    public static string RoundTrip(string xml) => TCodec.ToXml(TCodec.Decode(TCodec.Encode(TCodec.FromXml(xml))));\n}\n";
        var driver = GeneratorHarness.Driver(new[] { new InMemoryAdditionalText("/x/schemas/t/T.xsd", schema) });
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(Source, probe), out var output, out var diagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(20)));

        // The reader gives each m1 to the member it belongs to: the repeated choice, then the one after m3.
        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext("identifier-clashes", isCollectible: true);
        try
        {
            var roundTrip = context.LoadFromStream(image).GetType("Demo.Probe", throwOnError: true)!.GetMethod("RoundTrip")!.CreateDelegate<Func<string, string>>();
            const string xml = "<t:B xmlns:t=\"urn:t\"><t:m1>1</t:m1><t:m2>2</t:m2><t:m1>3</t:m1><t:m3>4</t:m3><t:m1>5</t:m1></t:B>";
            var values = XDocument.Parse(roundTrip(xml)).Root!.Elements().Select(e => e.Name.LocalName + "=" + e.Value);
            Assert.Equal(new[] { "m1=1", "m2=2", "m1=3", "m3=4", "m1=5" }, values);
        }
        finally
        {
            context.Unload();
        }
    }
}
