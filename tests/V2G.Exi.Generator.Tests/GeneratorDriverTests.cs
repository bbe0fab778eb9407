using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>The generator run as the compiler runs it, on the app-protocol schema.</summary>
public class GeneratorDriverTests
{
    [Fact]
    public void App_protocol_generates_types_exi_xml_and_json_sources_without_diagnostics()
    {
        var (run, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.AppProtocolSource, GeneratorHarness.AppProtocolSchema());

        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var result = Assert.Single(run.Results);
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new[]
            {
                "Demo.AppProtocolCodec.Exi.g.cs",
                "Demo.AppProtocolCodec.Ids.g.cs",
                "Demo.AppProtocolCodec.Json.g.cs",
                "Demo.AppProtocolCodec.Roots.g.cs",
                "Demo.AppProtocolCodec.Schema.g.cs",
                "Demo.AppProtocolCodec.Validation.g.cs",
                "Demo.AppProtocolCodec.Xml.g.cs",
                "Demo.Types.g.cs",
            },
            result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.All(result.GeneratedSources, s => Assert.True(s.SourceText.Length > 200, s.HintName + " is nearly empty"));
    }

    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings()
    {
        var (run, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.AppProtocolSource, GeneratorHarness.AppProtocolSchema());
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.Equal(8, run.GeneratedTrees.Length);

        // Warning level 9999, nullable enabled and documentation comments checked, as the repository builds with
        // TreatWarningsAsErrors: any warning here breaks the build of a message project.
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(20)));
    }

    [Fact]
    public void Generated_codec_class_is_the_partial_class_of_the_source()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.AppProtocolSource, GeneratorHarness.AppProtocolSchema());
        var codec = output.GetTypeByMetadataName("Demo.AppProtocolCodec");
        Assert.NotNull(codec);
        Assert.True(codec!.IsStatic);
        Assert.Contains(codec.GetMembers(), m => m.Name == "Encode" && m.DeclaredAccessibility == Accessibility.Public);
        Assert.Contains(codec.GetMembers(), m => m.Name == "Decode" && m.DeclaredAccessibility == Accessibility.Public);
        Assert.Contains(codec.GetMembers(), m => m.Name == "FromXml" && m.DeclaredAccessibility == Accessibility.Public);
        Assert.Contains(codec.GetMembers(), m => m.Name == "ToXml" && m.DeclaredAccessibility == Accessibility.Public);
        foreach (string surface in new[] { "EncodeFragment", "TryEncodeFragment", "DecodeFragment", "TryDecodeFragment", "FragmentToXml", "FragmentFromXml", "Documents", "Fragments" })
        {
            Assert.Contains(codec.GetMembers(), m => m.Name == surface && m.DeclaredAccessibility == Accessibility.Public);
        }

        Assert.NotNull(output.GetTypeByMetadataName("Demo.AppProtocolFragment"));
        Assert.NotNull(output.GetTypeByMetadataName("Demo.SupportedAppProtocolReq"));
        Assert.NotNull(output.GetTypeByMetadataName("Demo.ResponseCodeType"));
    }

    [Fact]
    public void Codec_in_the_global_namespace_is_generated()
    {
        string source = "/// <summary>Codec.</summary>\n[V2G.Exi.ExiSchema(\"app-protocol/AppProtocol.xsd\")]\npublic static partial class GlobalCodec;\n";
        var (run, output, diagnostics) = GeneratorHarness.Run(source, GeneratorHarness.AppProtocolSchema());
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.Contains(run.Results[0].GeneratedSources, s => s.HintName == "GlobalCodec.Exi.g.cs");
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(20)));
    }

    [Fact]
    public void Class_without_the_attribute_generates_nothing()
    {
        string source = "namespace Demo;\n/// <summary>Codec.</summary>\npublic static partial class NotACodec;\n";
        var (run, _, diagnostics) = GeneratorHarness.Run(source, GeneratorHarness.AppProtocolSchema());
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        Assert.Empty(run.GeneratedTrees);
    }

    [Fact]
    public void Generated_source_is_deterministic()
    {
        var first = GeneratorHarness.Run(GeneratorHarness.AppProtocolSource, GeneratorHarness.AppProtocolSchema()).Run;
        var second = GeneratorHarness.Run(GeneratorHarness.AppProtocolSource, GeneratorHarness.AppProtocolSchema()).Run;
        Assert.Equal(
            first.Results[0].GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText),
            second.Results[0].GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText));
    }

    [Fact]
    public void Schema_without_a_decodable_root_gives_a_diagnostic_or_warning_free_code()
    {
        string source = "namespace Demo;\n/// <summary>Codec.</summary>\n[V2G.Exi.ExiSchema(\"t/T.xsd\")]\npublic static partial class TCodec;\n";
        string schema = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:t\"><xs:element name=\"R\" type=\"xs:int\"/></xs:schema>";
        var (run, output, diagnostics) = GeneratorHarness.Run(source, new InMemoryAdditionalText("/x/t/T.xsd", schema));
        Assert.Null(run.Results[0].Exception);
        if (diagnostics.IsEmpty)
        {
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems.Take(20)));
        }
    }
}
