using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace V2G.Exi.Generator.Tests;

/// <summary>An AdditionalFiles item held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        this.text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>Runs <see cref="ExiSchemaGenerator"/> over in-memory compilations, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public const string AppProtocolSource =
        "using V2G.Exi;\n" +
        "namespace Demo;\n" +
        "/// <summary>The app-protocol codec.</summary>\n" +
        "[ExiSchema(\"app-protocol/AppProtocol.xsd\")]\n" +
        "public static partial class AppProtocolCodec;\n";

    public const string AppProtocolAdditionalPath = "/x/schemas/app-protocol/AppProtocol.xsd";

    /// <summary>As the repository builds: latest C#, documentation comments checked (CS1591 on), nullable on.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static string AppProtocolSchemaText => File.ReadAllText(TestPaths.AppProtocolSchemaPath);

    public static AdditionalText AppProtocolSchema() => new InMemoryAdditionalText(AppProtocolAdditionalPath, AppProtocolSchemaText);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Demo.Generated",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Default,
                deterministic: true));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> additionalTexts, bool track = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new ExiSchemaGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the generator once; returns the run result and the compilation with the generated trees.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) Run(string source, params AdditionalText[] additionalTexts)
    {
        var driver = Driver(additionalTexts).RunGeneratorsAndUpdateCompilation(Compilation(source), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToString()));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? throw new InvalidOperationException("No TRUSTED_PLATFORM_ASSEMBLIES");
        var paths = tpa.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        string runtime = typeof(ExiSchemaAttribute).Assembly.Location;
        if (!paths.Any(p => string.Equals(System.IO.Path.GetFileName(p), "V2G.Exi.dll", StringComparison.OrdinalIgnoreCase)))
        {
            paths.Add(runtime);
        }

        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}
