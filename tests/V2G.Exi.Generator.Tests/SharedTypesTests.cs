using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>Codecs of one namespace share the C# types of the schemas they share (ISO 15118-20 CommonTypes, xmldsig).</summary>
public class SharedTypesTests
{
    private const string TwoCodecs =
        "namespace Demo;\n" +
        "/// <summary>First.</summary>\n[V2G.Exi.ExiSchema(\"app-protocol/AppProtocol.xsd\")]\npublic static partial class FirstCodec;\n" +
        "/// <summary>Second.</summary>\n[V2G.Exi.ExiSchema(\"app-protocol/AppProtocol.xsd\")]\npublic static partial class SecondCodec;\n";

    [Fact]
    public void Two_codecs_over_one_schema_declare_each_type_once()
    {
        var (run, output, diagnostics) = GeneratorHarness.Run(TwoCodecs, GeneratorHarness.AppProtocolSchema());
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.Single(run.Results[0].GeneratedSources, s => s.HintName == "Demo.Types.g.cs");
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, GeneratorHarness.Describe(errors.Take(10)));

        // One class, used by both codecs' unions.
        var type = output.GetTypeByMetadataName("Demo.SupportedAppProtocolReq");
        Assert.NotNull(type);
        Assert.NotNull(output.GetTypeByMetadataName("Demo.FirstDocument"));
        Assert.NotNull(output.GetTypeByMetadataName("Demo.SecondDocument"));
    }

    [Fact]
    public void Same_type_name_with_different_content_is_a_conflict()
    {
        const string source =
            "namespace Demo;\n" +
            "/// <summary>A.</summary>\n[V2G.Exi.ExiSchema(\"a/A.xsd\")]\npublic static partial class ACodec;\n" +
            "/// <summary>B.</summary>\n[V2G.Exi.ExiSchema(\"b/B.xsd\")]\npublic static partial class BCodec;\n";
        static string Schema(string element) =>
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">\n" +
            "  <xs:complexType name=\"T\"><xs:sequence><xs:element name=\"" + element + "\" type=\"xs:int\"/></xs:sequence></xs:complexType>\n" +
            "  <xs:element name=\"Root\" type=\"T\" xmlns=\"urn:t\"/>\n" +
            "</xs:schema>\n";
        var (_, _, diagnostics) = GeneratorHarness.Run(
            source,
            new InMemoryAdditionalText("/x/a/A.xsd", Schema("Left").Replace("type=\"T\"", "type=\"t:T\" xmlns:t=\"urn:t\"")),
            new InMemoryAdditionalText("/x/b/B.xsd", Schema("Right").Replace("type=\"T\"", "type=\"t:T\" xmlns:t=\"urn:t\"")));
        var conflict = Assert.Single(diagnostics, d => d.Id == "EXI009");
        Assert.Contains("ACodec", conflict.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("BCodec", conflict.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_type_named_like_another_codecs_union_is_a_conflict()
    {
        const string source =
            "namespace Demo;\n" +
            "/// <summary>A.</summary>\n[V2G.Exi.ExiSchema(\"a/A.xsd\")]\npublic static partial class ACodec;\n" +
            "/// <summary>App.</summary>\n[V2G.Exi.ExiSchema(\"app-protocol/AppProtocol.xsd\")]\npublic static partial class AppCodec;\n";
        const string schema =
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">\n" +
            "  <xs:complexType name=\"AppDocument\"><xs:sequence><xs:element name=\"X\" type=\"xs:int\"/></xs:sequence></xs:complexType>\n" +
            "  <xs:element name=\"Root\" type=\"t:AppDocument\"/>\n" +
            "</xs:schema>\n";
        var (_, _, diagnostics) = GeneratorHarness.Run(source, new InMemoryAdditionalText("/x/a/A.xsd", schema), GeneratorHarness.AppProtocolSchema());
        var conflict = Assert.Single(diagnostics, d => d.Id == "EXI009");
        Assert.Contains("AppDocument", conflict.GetMessage(), System.StringComparison.Ordinal);
    }
}
