using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace V2G.Exi.Generator.Tests;

/// <summary>The pipeline's steps serve unchanged inputs from the incremental cache (the IDE reruns generators on every keystroke).</summary>
public class IncrementalCacheTests
{
    private static readonly string[] Steps =
    {
        ExiSchemaGenerator.Steps.Targets,
        ExiSchemaGenerator.Steps.SchemaFiles,
        ExiSchemaGenerator.Steps.Models,
        ExiSchemaGenerator.Steps.SharedTypes,
    };

    [Fact]
    public void Unrelated_edit_is_served_from_the_cache()
    {
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.AppProtocolSource);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.AppProtocolSchema() }, track: true);
        driver = driver.RunGenerators(compilation);
        AssertAllSteps(driver.GetRunResult(), IncrementalStepRunReason.New);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Demo;\n/// <summary>Unrelated.</summary>\npublic static class Unrelated { }\n", GeneratorHarness.ParseOptions, path: "Unrelated.cs"));
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult();
        AssertAllSteps(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(second.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Rerun_on_a_cloned_compilation_is_served_from_the_cache()
    {
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.AppProtocolSource);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.AppProtocolSchema() }, track: true).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());
        AssertAllSteps(driver.GetRunResult(), IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Changed_schema_reruns_the_model_step()
    {
        // The counterpart of the tests above: the tracking does report work when an input really changes.
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.AppProtocolSource);
        var schema = GeneratorHarness.AppProtocolSchema();
        var driver = GeneratorHarness.Driver(new[] { schema }, track: true).RunGenerators(compilation);
        var changed = new InMemoryAdditionalText(schema.Path, GeneratorHarness.AppProtocolSchemaText.Replace("maxOccurs=\"20\"", "maxOccurs=\"21\""));
        driver = driver.ReplaceAdditionalText(schema, changed).RunGenerators(compilation);
        var run = driver.GetRunResult().Results[0];
        Assert.Contains(Outputs(run, ExiSchemaGenerator.Steps.SchemaFiles), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains(Outputs(run, ExiSchemaGenerator.Steps.Models), r => r == IncrementalStepRunReason.Modified);
        Assert.All(Outputs(run, ExiSchemaGenerator.Steps.Targets), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void Non_schema_additional_file_does_not_rerun_the_model_step()
    {
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.AppProtocolSource);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.AppProtocolSchema() }, track: true).RunGenerators(compilation);
        driver = driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/x/readme.txt", "not a schema"))).RunGenerators(compilation);
        AssertAllSteps(driver.GetRunResult(), IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static void AssertAllSteps(GeneratorDriverRunResult result, params IncrementalStepRunReason[] allowed)
    {
        var run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        foreach (string step in Steps)
        {
            Assert.True(run.TrackedSteps.ContainsKey(step), "step " + step + " is not tracked");
            var reasons = Outputs(run, step).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(allowed.Contains(r), step + " output was " + r));
        }
    }
}
