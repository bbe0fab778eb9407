using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>Bad input gives a stable diagnostic ID, never a generator crash, and no source for that codec.</summary>
public class DiagnosticTests
{
    private const string SchemaPath = "/x/schemas/t/T.xsd";

    private const string CodecSource =
        "namespace Demo;\n" +
        "/// <summary>Test codec.</summary>\n" +
        "[V2G.Exi.ExiSchema(\"t/T.xsd\")]\n" +
        "public static partial class TCodec;\n";

    private static string Schema(string body) =>
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\">\n" + body + "\n</xs:schema>\n";

    [Fact]
    public void Redefine_is_an_unsupported_construct()
    {
        var d = SingleError(CodecSource, new InMemoryAdditionalText(SchemaPath, Schema("<xs:redefine schemaLocation=\"Other.xsd\"/>")), "EXI003");
        Assert.Contains("redefine", d.GetMessage(), System.StringComparison.Ordinal);
        AssertLocation(d, SchemaPath, line: 2);
    }

    [Fact]
    public void All_group_is_an_unsupported_construct()
    {
        string body =
            "<xs:element name=\"R\">\n" +
            "  <xs:complexType>\n" +
            "    <xs:all><xs:element name=\"A\" type=\"xs:int\"/><xs:element name=\"B\" type=\"xs:int\"/></xs:all>\n" +
            "  </xs:complexType>\n" +
            "</xs:element>";
        var d = SingleError(CodecSource, new InMemoryAdditionalText(SchemaPath, Schema(body)), "EXI003");
        Assert.Contains("xs:all", d.GetMessage(), System.StringComparison.Ordinal);
        AssertLocation(d, SchemaPath, line: 4);
    }

    [Fact]
    public void Unsupported_schema_fails_only_its_own_codec()
    {
        // Two codecs in one compilation: the broken one reports EXI003 and generates nothing, the other is unaffected.
        string source = CodecSource + "\n/// <summary>Good codec.</summary>\n[V2G.Exi.ExiSchema(\"app-protocol/AppProtocol.xsd\")]\npublic static partial class GoodCodec;\n";
        var (run, output, diagnostics) = GeneratorHarness.Run(
            source,
            new InMemoryAdditionalText(SchemaPath, Schema("<xs:redefine schemaLocation=\"Other.xsd\"/>")),
            GeneratorHarness.AppProtocolSchema());
        Assert.Null(run.Results[0].Exception);
        Assert.Equal("EXI003", Assert.Single(diagnostics).Id);
        Assert.Equal(
            new[]
            {
                "Demo.GoodCodec.Exi.g.cs",
                "Demo.GoodCodec.Ids.g.cs",
                "Demo.GoodCodec.Json.g.cs",
                "Demo.GoodCodec.Roots.g.cs",
                "Demo.GoodCodec.Schema.g.cs",
                "Demo.GoodCodec.Validation.g.cs",
                "Demo.GoodCodec.Xml.g.cs",
                "Demo.Types.g.cs",
            },
            run.Results[0].GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.DoesNotContain(output.GetDiagnostics(), x => x.Severity == DiagnosticSeverity.Error && !x.Id.StartsWith("EXI", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_not_among_the_additional_files_is_reported()
    {
        string source = CodecSource.Replace("t/T.xsd", "missing/Nowhere.xsd", System.StringComparison.Ordinal);
        var d = SingleError(source, GeneratorHarness.AppProtocolSchema(), "EXI002");
        Assert.Contains("missing/Nowhere.xsd", d.GetMessage(), System.StringComparison.Ordinal);
        AssertLocation(d, "Source0.cs", line: 4);
    }

    [Fact]
    public void Imported_schema_not_among_the_additional_files_is_reported()
    {
        var d = SingleError(CodecSource, new InMemoryAdditionalText(SchemaPath, Schema("<xs:import namespace=\"urn:o\" schemaLocation=\"../o/Other.xsd\"/>")), "EXI002");
        Assert.Contains("/x/schemas/o/Other.xsd", d.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_schema_not_among_the_additional_files_is_reported_at_the_import()
    {
        var d = SingleError(CodecSource, new InMemoryAdditionalText(SchemaPath, Schema("<xs:import namespace=\"urn:o\" schemaLocation=\"../o/Other.xsd\"/>")), "EXI002");
        AssertLocation(d, SchemaPath, line: 2);
    }

    [Fact]
    public void Schema_path_must_match_whole_path_segments()
    {
        // "T.xsd" must not match ".../XT.xsd": the attribute names a path relative to some folder.
        string source = CodecSource.Replace("t/T.xsd", "T.xsd", System.StringComparison.Ordinal);
        SingleError(source, new InMemoryAdditionalText("/x/schemas/t/XT.xsd", Schema("<xs:element name=\"R\" type=\"xs:int\"/>")), "EXI002");
    }

    [Theory]
    [InlineData("public partial class TCodec;")]
    [InlineData("public static class TCodec { }")]
    [InlineData("public partial class Outer { /// <summary>Nested.</summary>\n[V2G.Exi.ExiSchema(\"t/T.xsd\")] public static partial class TCodec; }")]
    public void Codec_class_must_be_a_top_level_static_partial_class(string declaration)
    {
        string source = "namespace Demo;\n/// <summary>Test codec.</summary>\n" + (declaration.StartsWith("public partial class Outer", System.StringComparison.Ordinal) ? string.Empty : "[V2G.Exi.ExiSchema(\"t/T.xsd\")]\n") + declaration + "\n";
        var d = SingleError(source, new InMemoryAdditionalText(SchemaPath, Schema("<xs:element name=\"R\" type=\"xs:int\"/>")), "EXI007");
        Assert.Contains("TCodec", d.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("Source0.cs", d.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Empty_schema_path_is_reported()
    {
        string source = CodecSource.Replace("t/T.xsd", string.Empty, System.StringComparison.Ordinal);
        SingleError(source, GeneratorHarness.AppProtocolSchema(), "EXI007");
    }

    [Fact]
    public void Malformed_xml_is_an_unreadable_schema()
    {
        string text = Schema("<xs:element name=\"R\" type=\"xs:int\">\n<xs:annotation>\n</xs:element>");
        var d = SingleError(CodecSource, new InMemoryAdditionalText(SchemaPath, text), "EXI001");
        Assert.Contains("well-formed", d.GetMessage(), System.StringComparison.Ordinal);
        AssertLocation(d, SchemaPath, line: 4);
    }

    [Fact]
    public void Xml_that_is_not_a_schema_is_an_unreadable_schema()
    {
        SingleError(CodecSource, new InMemoryAdditionalText(SchemaPath, "<root xmlns=\"urn:x\"/>"), "EXI001");
    }

    [Theory]
    [InlineData("EXI004", "<xs:element name=\"R\" type=\"t:Missing\"/>")]
    [InlineData("EXI004", "<xs:element name=\"R\" type=\"q:T\"/>")]
    [InlineData("EXI004", "<xs:element name=\"R\" type=\"xs:int\"/><xs:element name=\"R\" type=\"xs:int\"/>")]
    [InlineData("EXI008", "<xs:element name=\"R\"><xs:complexType><xs:choice><xs:element name=\"A\" type=\"xs:int\"/><xs:element name=\"A\" type=\"xs:int\"/></xs:choice></xs:complexType></xs:element>")]
    [InlineData("EXI003", "<xs:element name=\"R\"><xs:simpleType><xs:restriction base=\"xs:decimal\"><xs:minInclusive value=\"0.5\"/></xs:restriction></xs:simpleType></xs:element>")]
    [InlineData("EXI003", "<xs:complexType name=\"T\"><xs:complexContent><xs:extension base=\"t:T\"/></xs:complexContent></xs:complexType>")]
    [InlineData("EXI001", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:int\" maxOccurs=\"many\"/></xs:sequence></xs:complexType></xs:element>")]
    public void Invalid_schema_gives_a_stable_diagnostic(string id, string body)
    {
        SingleError(CodecSource, new InMemoryAdditionalText(SchemaPath, Schema(body)), id);
    }

    /// <summary>
    /// Schemas that currently crash the generator (CS8785, NullReferenceException / FormatException out of
    /// SchemaReader) instead of reporting a diagnostic. Unskip once SchemaReader checks required attributes and
    /// facet values, or Transform turns any exception into a diagnostic.
    /// </summary>
    [Theory]
    [InlineData("<xs:element/>")]
    [InlineData("<xs:element name=\"R\"><xs:simpleType><xs:list/></xs:simpleType></xs:element>")]
    [InlineData("<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:group/></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("<xs:element name=\"R\"><xs:simpleType><xs:restriction base=\"xs:string\"><xs:maxLength value=\"abc\"/></xs:restriction></xs:simpleType></xs:element>")]
    public void Broken_schema_never_crashes_the_generator(string body)
    {
        var (run, _, diagnostics) = GeneratorHarness.Run(CodecSource, new InMemoryAdditionalText(SchemaPath, Schema(body)));
        Assert.Null(run.Results[0].Exception);
        Assert.Contains(diagnostics, d => d.Id.StartsWith("EXI", System.StringComparison.Ordinal));
    }

    private static Diagnostic SingleError(string source, AdditionalText schema, string id)
    {
        var (run, _, diagnostics) = GeneratorHarness.Run(source, schema);
        var result = Assert.Single(run.Results);
        Assert.True(result.Exception == null, "the generator crashed: " + result.Exception);
        var d = Assert.Single(diagnostics);
        Assert.True(d.Id == id, "expected " + id + ", got " + d);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Empty(result.GeneratedSources);
        return d;
    }

    private static void AssertLocation(Diagnostic d, string path, int line)
    {
        var span = d.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
    }
}
