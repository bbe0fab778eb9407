using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using V2G.Exi.Generator.Diagnostics;
using V2G.Exi.Generator.Emit;
using V2G.Exi.Generator.Grammar;
using V2G.Exi.Generator.Model;
using V2G.Exi.Generator.Schema;

namespace V2G.Exi.Generator
{
    /// <summary>
    /// Generates message types and schema-informed EXI codecs for every <c>[ExiSchema("path.xsd")]</c>
    /// static partial class. The pipeline: attribute target and AdditionalFiles (.xsd) are combined,
    /// transformed into an equatable <see cref="CodecModel"/> (schema reading, grammar construction,
    /// model mapping), then emitted. Unchanged inputs are served from the incremental cache.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ExiSchemaGenerator : IIncrementalGenerator
    {
        private const string AttributeName = "V2G.Exi.ExiSchemaAttribute";

        /// <summary>Tracking names of the pipeline steps (for cache tests).</summary>
        public static class Steps
        {
            /// <summary>The [ExiSchema] targets.</summary>
            public const string Targets = "Targets";

            /// <summary>The schema files among the AdditionalFiles.</summary>
            public const string SchemaFiles = "SchemaFiles";

            /// <summary>The schema files each codec reaches from its root schema.</summary>
            public const string CodecSchemas = "CodecSchemas";

            /// <summary>The built models.</summary>
            public const string Models = "Models";

            /// <summary>The message types of each namespace, merged over its codecs.</summary>
            public const string SharedTypes = "SharedTypes";
        }

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(AttributeName, static (node, _) => node is ClassDeclarationSyntax, static (ctx, _) => ReadTarget(ctx))
                .WithTrackingName(Steps.Targets);

            var schemaFiles = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".xsd", StringComparison.OrdinalIgnoreCase))
                .Select(static (file, token) => new SchemaFile(file.Path.Replace('\\', '/'), file.GetText(token)?.ToString() ?? string.Empty))
                .Collect()
                .Select(static (files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(Steps.SchemaFiles);

            // Each model depends only on the files its schema set reaches, so editing one codec's schema leaves the others cached.
            var results = targets
                .Combine(schemaFiles)
                .Select(static (pair, _) => (Target: pair.Left, Files: SchemaClosure.For(pair.Left, pair.Right)))
                .WithTrackingName(Steps.CodecSchemas)
                .Select(static (input, token) => Transform(input.Target, input.Files, token))
                .WithTrackingName(Steps.Models);

            context.RegisterSourceOutput(results, static (spc, result) => Emit(spc, result));
            context.RegisterSourceOutput(targets.Combine(schemaFiles).Select(static (p, t) => SchemaWarnings.Find(p.Left, p.Right, t)),
                SchemaWarnings.Report);

            var sharedTypes = results
                .Collect()
                .Select(static (all, _) => SharedTypes.Merge(all))
                .WithTrackingName(Steps.SharedTypes);

            context.RegisterSourceOutput(sharedTypes, static (spc, sets) => EmitTypes(spc, sets));
        }

        private static CodecTarget ReadTarget(GeneratorAttributeSyntaxContext ctx)
        {
            var symbol = (INamedTypeSymbol)ctx.TargetSymbol;
            var attribute = ctx.Attributes[0];
            string schema = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
            string? ns = symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString();
            var syntax = (ClassDeclarationSyntax)ctx.TargetNode;
            bool isStatic = symbol.IsStatic;
            bool isPartial = syntax.Modifiers.Any(m => m.Text == "partial");
            bool nested = symbol.ContainingType != null;
            string? problem = !isStatic || !isPartial || nested
                ? "The class " + symbol.Name + " carries [ExiSchema] and must be a top-level static partial class"
                : schema.Length == 0 ? "[ExiSchema] needs the path of the root schema" : null;
            var span = syntax.Identifier.GetLocation().GetLineSpan();
            return new CodecTarget(ns, symbol.Name, schema.Replace('\\', '/'), problem == null, problem, span.Path, span.StartLinePosition.Line + 1);
        }

        /// <summary>Schema reading, grammar construction and model mapping: everything between the inputs and the emitters.</summary>
        internal static GenerationResult Transform(CodecTarget target, EquatableArray<SchemaFile> files, CancellationToken token)
        {
            string hint = (target.Namespace == null ? string.Empty : target.Namespace + ".") + target.ClassName;
            if (!target.IsValid)
            {
                return new GenerationResult(null, new DiagnosticInfo("EXI007", target.Problem!, target.FilePath, target.Line), hint);
            }

            // AdditionalFiles carry absolute paths; [ExiSchema] names a path relative to any folder above the schema.
            var root = files.FirstOrDefault(f => f.Path == target.SchemaPath || f.Path.EndsWith("/" + target.SchemaPath, StringComparison.Ordinal));
            if (root == null)
            {
                return new GenerationResult(null, new DiagnosticInfo("EXI002", "The schema '" + target.SchemaPath + "' named by [ExiSchema] on " + target.ClassName + " is not among the AdditionalFiles", target.FilePath, target.Line), hint);
            }

            try
            {
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var f in files)
                {
                    map[SchemaReader.NormalizePath(f.Path)] = f.Text;
                }

                token.ThrowIfCancellationRequested();
                var schema = SchemaReader.Read(map, root.Path);
                var grammars = GrammarBuilder.Build(schema);
                token.ThrowIfCancellationRequested();
                var namespaces = NamespacePrefixes(schema);
                var model = ModelBuilder.Build(grammars, target.Namespace, target.ClassName, namespaces);
                return new GenerationResult(model, null, hint);
            }
            catch (SchemaException e)
            {
                return new GenerationResult(null, new DiagnosticInfo(e.DiagnosticId, e.Message, e.File.Length > 0 ? e.File : target.FilePath, e.File.Length > 0 ? e.Line : target.Line), hint);
            }
            catch (InvalidOperationException e)
            {
                return new GenerationResult(null, new DiagnosticInfo("EXI008", e.Message, target.FilePath, target.Line), hint);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A schema the reader did not anticipate must give a diagnostic, never crash the compilation.
                return new GenerationResult(null, new DiagnosticInfo("EXI008", "The schema could not be processed: " + e.GetType().Name + ": " + e.Message, target.FilePath, target.Line), hint);
            }
        }

        /// <summary>
        /// Prefixes for the XML writer: for each target namespace, the prefix the schema texts bind to it, else a word
        /// taken from the namespace URI.
        /// </summary>
        private static IReadOnlyList<NamespaceModel> NamespacePrefixes(SchemaSet schema)
        {
            var result = new List<NamespaceModel>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var uri in schema.TargetNamespaces.Where(u => u.Length > 0))
            {
                if (schema.PreferredPrefixes.TryGetValue(uri, out var preferred) && !preferred.StartsWith("xml", StringComparison.OrdinalIgnoreCase) && used.Add(preferred))
                {
                    result.Add(new NamespaceModel(uri, preferred));
                    continue;
                }

                string stem = uri.TrimEnd('#', '/');
                int cut = Math.Max(stem.LastIndexOf(':'), stem.LastIndexOf('/'));
                string word = new string(stem.Substring(cut + 1).Where(char.IsLetter).ToArray()).ToLowerInvariant();
                if (word.Length == 0 || word.StartsWith("xml", StringComparison.Ordinal))
                {
                    word = uri.Contains("xmldsig") ? "ds" : "ns";
                }

                result.Add(new NamespaceModel(uri, Naming.Unique(word, used)));
            }

            return result;
        }

        private static void Emit(SourceProductionContext context, GenerationResult result)
        {
            if (result.Diagnostic is { } d)
            {
                Report(context, d);
                return;
            }

            var model = result.Model!;
            context.AddSource(result.HintName + ".Roots.g.cs", SourceText.From(TypesEmitter.EmitUnions(model), Encoding.UTF8));
            context.AddSource(result.HintName + ".Exi.g.cs", SourceText.From(CodecEmitter.Emit(model), Encoding.UTF8));
            context.AddSource(result.HintName + ".Xml.g.cs", SourceText.From(XmlEmitter.Emit(model), Encoding.UTF8));
            context.AddSource(result.HintName + ".Json.g.cs", SourceText.From(JsonEmitter.Emit(model), Encoding.UTF8));
            context.AddSource(result.HintName + ".Ids.g.cs", SourceText.From(IdIndexEmitter.Emit(model), Encoding.UTF8));
            context.AddSource(result.HintName + ".Validation.g.cs", SourceText.From(ValidationEmitter.Emit(model), Encoding.UTF8));
            context.AddSource(result.HintName + ".Schema.g.cs", SourceText.From(MetadataEmitter.Emit(model), Encoding.UTF8));
        }

        private static void EmitTypes(SourceProductionContext context, EquatableArray<SharedTypeSet> sets)
        {
            foreach (var set in sets)
            {
                foreach (var conflict in set.Conflicts)
                {
                    Report(context, conflict);
                }

                var w = new SourceWriter();
                w.Line("// <auto-generated>");
                w.Line("// Generated by V2G.Exi.Generator: the message types of every codec in this namespace. Do not edit.");
                w.Line("// </auto-generated>");
                w.Line("#nullable enable");
                w.Line();
                if (set.Namespace != null)
                {
                    w.Open("namespace " + set.Namespace);
                }

                var text = new StringBuilder(w.ToString());
                for (int i = 0; i < set.Types.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append('\n');
                    }

                    text.Append(set.Types[i].Text);
                }

                if (set.Namespace != null)
                {
                    text.Append("}\n");
                }

                // Codec hints are "Namespace.Codec.*.g.cs"; "Types.g.cs" alone cannot meet them or another namespace's.
                context.AddSource(set.Namespace == null ? "Types.g.cs" : set.Namespace + ".Types.g.cs", SourceText.From(text.ToString(), Encoding.UTF8));
            }
        }

        private static void Report(SourceProductionContext context, DiagnosticInfo d)
        {
            var location = d.File.Length > 0
                ? Location.Create(d.File, default, new LinePositionSpan(new LinePosition(Math.Max(0, d.Line - 1), 0), new LinePosition(Math.Max(0, d.Line - 1), 0)))
                : Location.None;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ById(d.Id), location, d.Message));
        }
    }
}
