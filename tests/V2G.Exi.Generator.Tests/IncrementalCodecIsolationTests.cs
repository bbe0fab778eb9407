using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using V2G.Exi.Generator.Model;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>
/// Two codecs in one project that share an imported schema, as the ISO 15118-20 codecs share CommonTypes: an edit of
/// one codec's own schema leaves the other codec's model and source outputs in the incremental cache.
/// </summary>
public class IncrementalCodecIsolationTests
{
    private const string Source =
        "using V2G.Exi;\n" +
        "namespace Demo;\n" +
        "/// <summary>The first codec.</summary>\n" +
        "[ExiSchema(\"pair/First.xsd\")]\n" +
        "public static partial class FirstCodec;\n" +
        "/// <summary>The second codec.</summary>\n" +
        "[ExiSchema(\"pair/Second.xsd\")]\n" +
        "public static partial class SecondCodec;\n";

    private const string Common =
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:pair:common\" elementFormDefault=\"qualified\">\n" +
        "  <xs:complexType name=\"HeaderType\"><xs:sequence><xs:element name=\"Id\" type=\"xs:unsignedShort\"/></xs:sequence></xs:complexType>\n" +
        "</xs:schema>\n";

    private static readonly AdditionalText CommonFile = new InMemoryAdditionalText("/x/schemas/pair/Common.xsd", Common);

    private static readonly AdditionalText FirstFile = Own("first", "FirstReq", "Count", "xs:unsignedByte");

    private static readonly AdditionalText SecondFile = Own("second", "SecondReq", "Name", "xs:string");

    [Fact]
    public void Editing_one_codecs_schema_leaves_the_other_codec_cached()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var driver = GeneratorHarness.Driver(new[] { CommonFile, FirstFile, SecondFile }, track: true).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var editedFirst = Own("first", "FirstReq", "Count", "xs:unsignedInt");
        driver = driver.ReplaceAdditionalText(FirstFile, editedFirst).RunGenerators(compilation);
        var run = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(run.Exception);

        Assert.Equal(IncrementalStepRunReason.Modified, ModelReason(run, "FirstCodec"));
        Assert.Equal(IncrementalStepRunReason.Cached, ModelReason(run, "SecondCodec"));

        // The source outputs of the codec whose schema did not change are not produced again.
        var sources = SourceOutputReasons(run);
        Assert.Contains(sources, o => o.Codec == "FirstCodec" && o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(sources, o => o.Codec == "SecondCodec");
        Assert.All(sources.Where(o => o.Codec == "SecondCodec"), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_a_shared_schema_reruns_every_codec_that_reaches_it()
    {
        // The counterpart: the isolation above comes from the schema closure, not from a cache that never reruns.
        var compilation = GeneratorHarness.Compilation(Source);
        var driver = GeneratorHarness.Driver(new[] { CommonFile, FirstFile, SecondFile }, track: true).RunGenerators(compilation);

        var editedCommon = new InMemoryAdditionalText(CommonFile.Path, Common.Replace("xs:unsignedShort", "xs:unsignedInt"));
        driver = driver.ReplaceAdditionalText(CommonFile, editedCommon).RunGenerators(compilation);
        var run = Assert.Single(driver.GetRunResult().Results);

        Assert.Equal(IncrementalStepRunReason.Modified, ModelReason(run, "FirstCodec"));
        Assert.Equal(IncrementalStepRunReason.Modified, ModelReason(run, "SecondCodec"));
    }

    private static AdditionalText Own(string name, string element, string field, string type) => new InMemoryAdditionalText(
        "/x/schemas/pair/" + char.ToUpperInvariant(name[0]) + name.Substring(1) + ".xsd",
        "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:c=\"urn:pair:common\" targetNamespace=\"urn:pair:" + name + "\"" +
        " elementFormDefault=\"qualified\">\n" +
        "  <xs:import namespace=\"urn:pair:common\" schemaLocation=\"Common.xsd\"/>\n" +
        "  <xs:element name=\"" + element + "\"><xs:complexType><xs:sequence>\n" +
        "    <xs:element name=\"Header\" type=\"c:HeaderType\"/><xs:element name=\"" + field + "\" type=\"" + type + "\"/>\n" +
        "  </xs:sequence></xs:complexType></xs:element>\n" +
        "</xs:schema>\n");

    private static IncrementalStepRunReason ModelReason(GeneratorRunResult run, string codec) =>
        run.TrackedSteps[ExiSchemaGenerator.Steps.Models]
            .SelectMany(step => step.Outputs)
            .Where(o => o.Value is GenerationResult r && r.HintName == "Demo." + codec)
            .Select(o => o.Reason)
            .Single();

    /// <summary>Each source output step with the codec whose model it renders (null for the merged ones).</summary>
    private static List<(string? Codec, IncrementalStepRunReason Reason)> SourceOutputReasons(GeneratorRunResult run) =>
        run.TrackedOutputSteps.SelectMany(s => s.Value)
            .SelectMany(step => step.Inputs.SelectMany(i => Codecs(i.Source.Outputs[i.OutputIndex].Value)).Distinct()
                .SelectMany(codec => step.Outputs.Select(o => (Codec: codec, o.Reason))))
            .ToList();

    private static IEnumerable<string?> Codecs(object? value) => value switch
    {
        GenerationResult r => new[] { r.HintName.Substring("Demo.".Length) },
        _ => new string?[] { null },
    };
}
