using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// Schema content the generated types do not carry is a warning at its XSD line (EXI010 wildcards, EXI011 mixed
/// content, EXI012 nillable), and the codec is still generated; EXI006 and EXI008 point at the declaring type.
/// </summary>
public class SchemaWarningDiagnosticTests
{
    private const string SchemaPath = "/x/schemas/w/W.xsd";

    private const string CodecSource =
        "namespace Demo;\n" +
        "/// <summary>Test codec.</summary>\n" +
        "[V2G.Exi.ExiSchema(\"w/W.xsd\")]\n" +
        "public static partial class WCodec;\n";

    // Line 1 is <xs:schema>; the body starts on line 2.
    private static string Schema(params string[] lines) =>
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:w=\"urn:w\" targetNamespace=\"urn:w\">\n" +
        string.Join("\n", lines) + "\n</xs:schema>\n";

    [Fact]
    public void Wildcard_IsWarnedAtItsLineAndColumn_AndTheCodecIsStillGenerated()
    {
        var (run, diagnostics) = Generate(Schema(
            "<xs:element name=\"R\">",
            "  <xs:complexType>",
            "    <xs:sequence>",
            "      <xs:element name=\"A\" type=\"xs:int\"/>",
            "      <xs:any namespace=\"##other\" minOccurs=\"0\"/>",
            "    </xs:sequence>",
            "  </xs:complexType>",
            "</xs:element>"));

        var d = Assert.Single(diagnostics);
        AssertWarning(d, "EXI010", line: 6, column: 8);
        Assert.Contains("xs:any", d.GetMessage(), StringComparison.Ordinal);
        Assert.NotEmpty(run.Results[0].GeneratedSources);
    }

    [Fact]
    public void AttributeWildcard_IsWarned()
    {
        var (_, diagnostics) = Generate(Schema(
            "<xs:element name=\"R\">",
            "  <xs:complexType>",
            "    <xs:anyAttribute/>",
            "  </xs:complexType>",
            "</xs:element>"));

        AssertWarning(Assert.Single(diagnostics), "EXI010", line: 4, column: 6);
    }

    [Fact]
    public void MixedContent_IsWarnedAtTheType()
    {
        var (_, diagnostics) = Generate(Schema(
            "<xs:complexType name=\"M\" mixed=\"true\">",
            "  <xs:sequence><xs:element name=\"A\" type=\"xs:int\"/></xs:sequence>",
            "</xs:complexType>",
            "<xs:element name=\"R\" type=\"w:M\"/>"));

        var d = Assert.Single(diagnostics);
        AssertWarning(d, "EXI011", line: 2, column: 2);
        Assert.Contains("{urn:w}M", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nillable_IsWarnedAtTheElement()
    {
        var (_, diagnostics) = Generate(Schema(
            "<xs:element name=\"R\">",
            "  <xs:complexType>",
            "    <xs:sequence>",
            "      <xs:element name=\"A\" type=\"xs:int\" nillable=\"true\"/>",
            "    </xs:sequence>",
            "  </xs:complexType>",
            "</xs:element>"));

        var d = Assert.Single(diagnostics);
        AssertWarning(d, "EXI012", line: 5, column: 8);
        Assert.Contains("xsi:nil", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaWithoutSuchContent_HasNoDiagnostics()
    {
        var (run, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.AppProtocolSource, GeneratorHarness.AppProtocolSchema());

        Assert.Empty(diagnostics);
        Assert.NotEmpty(run.Results[0].GeneratedSources);
    }

    [Fact]
    public void UnsupportedDatatype_Exi006_IsReportedAtTheSimpleType()
    {
        var (_, diagnostics) = Generate(Schema(
            "<xs:element name=\"R\" type=\"w:F\"/>",
            "",
            "<xs:simpleType name=\"F\">",
            "  <xs:restriction base=\"xs:float\"/>",
            "</xs:simpleType>"));

        var d = Assert.Single(diagnostics);
        Assert.Equal("EXI006", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertLine(d, line: 4);
    }

    [Fact]
    public void UniqueParticleAttribution_Exi008_IsReportedAtTheComplexType()
    {
        var (_, diagnostics) = Generate(Schema(
            "<xs:element name=\"R\" type=\"w:T\"/>",
            "<xs:complexType name=\"T\">",
            "  <xs:choice>",
            "    <xs:element name=\"A\" type=\"xs:int\"/>",
            "    <xs:element name=\"A\" type=\"xs:int\"/>",
            "  </xs:choice>",
            "</xs:complexType>"));

        var d = Assert.Single(diagnostics);
        Assert.Equal("EXI008", d.Id);
        Assert.Contains("Unique Particle Attribution", d.GetMessage(), StringComparison.Ordinal);
        AssertLine(d, line: 3);
    }

    private static (GeneratorDriverRunResult Run, Diagnostic[] Diagnostics) Generate(string schema)
    {
        var (run, _, diagnostics) = GeneratorHarness.Run(CodecSource, new InMemoryAdditionalText(SchemaPath, schema));
        Assert.True(run.Results[0].Exception == null, "the generator crashed: " + run.Results[0].Exception);
        return (run, diagnostics.ToArray());
    }

    private static void AssertWarning(Diagnostic d, string id, int line, int column)
    {
        Assert.Equal(id, d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertLine(d, line);
        Assert.Equal(column, d.Location.GetLineSpan().StartLinePosition.Character + 1);
    }

    private static void AssertLine(Diagnostic d, int line)
    {
        var span = d.Location.GetLineSpan();
        Assert.Equal(SchemaPath, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
    }
}
