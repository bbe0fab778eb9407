using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using V2G.Exi.Generator.Model;
using V2G.Exi.Generator.Schema;

namespace V2G.Exi.Generator.Diagnostics
{
    /// <summary>
    /// Warnings for schema content that the generated types do not carry (wildcards, mixed text, xsi:nil), at the XSD
    /// line of the construct. A pipeline step of its own: it reads the schema set again, which is cheap next to grammar
    /// construction, and leaves the codec's result (and its cache) untouched. A schema that does not read reports its
    /// error through the codec's own step, so this step then reports nothing.
    /// </summary>
    internal static class SchemaWarnings
    {
        /// <summary>The warnings of one [ExiSchema] target, in file and line order.</summary>
        public static EquatableArray<SchemaNote> Find(CodecTarget target, EquatableArray<SchemaFile> files, CancellationToken token)
        {
            var root = target.IsValid
                ? files.FirstOrDefault(f => f.Path == target.SchemaPath || f.Path.EndsWith("/" + target.SchemaPath, StringComparison.Ordinal))
                : null;
            if (root == null)
            {
                return new List<SchemaNote>().ToEquatableArray();
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in files)
            {
                map[SchemaReader.NormalizePath(f.Path)] = f.Text;
            }

            token.ThrowIfCancellationRequested();
            try
            {
                return SchemaReader.Read(map, root.Path).Notes
                    .Distinct()
                    .OrderBy(n => n.File, StringComparer.Ordinal).ThenBy(n => n.Line).ThenBy(n => n.Column).ThenBy(n => n.Id, StringComparer.Ordinal)
                    .ToEquatableArray();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new List<SchemaNote>().ToEquatableArray();
            }
        }

        /// <summary>Reports each warning at its file, line and column.</summary>
        public static void Report(SourceProductionContext context, EquatableArray<SchemaNote> notes)
        {
            foreach (var note in notes)
            {
                var position = new LinePosition(Math.Max(0, note.Line - 1), Math.Max(0, note.Column - 1));
                var location = Location.Create(note.File, default, new LinePositionSpan(position, position));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ById(note.Id), location, note.Message));
            }
        }
    }
}
