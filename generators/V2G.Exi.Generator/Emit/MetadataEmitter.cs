using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits the codec's schema model as data (<c>Schema</c>, a <c>V2G.Exi.Metadata.ExiSchemaInfo</c>): one table row per
    /// simple type, class, member and root, so that tools and tests can build valid messages without code per member.
    /// </summary>
    internal static class MetadataEmitter
    {
        private const string Ns = "ExiMetadata.";

        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            var namespaces = new List<string> { string.Empty };
            var values = model.Values.Select((v, i) => (v.Name, i)).ToDictionary(p => p.Name, p => p.i);
            var classes = model.Classes.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i);
            var typeRows = model.Classes.Select(c => TypeRow(c, model, classes, values, namespaces)).ToList();
            var documentRows = model.Roots.Select(r => RootRow(r, classes, values, namespaces)).ToList();
            var fragmentRows = model.Fragment.Roots.Select(r => RootRow(r, classes, values, namespaces)).ToList();

            w.Line("using ExiMemberKind = global::V2G.Exi.Metadata.ExiMemberKind;");
            w.Line("using ExiMetadata = global::V2G.Exi.Metadata;");
            w.Line("using ExiValueKind = global::V2G.Exi.Metadata.ExiValueKind;");
            w.Line();
            w.Open("static partial class " + model.CodecName);
            w.Summary("The schema model of this codec as data: simple types with their facets, classes with their members, and the roots.");
            w.Line("public static " + Ns + "ExiSchemaInfo Schema => SchemaTables.Schema;");
            w.Line();
            w.Line("// Rows refer to each other by index: namespaces N, values V, types T (the order of the arrays below).");
            w.Open("private static class SchemaTables");
            w.Line("public static readonly " + Ns + "ExiSchemaInfo Schema = new " + Ns + "ExiSchemaInfo(");
            w.Indent();
            w.Line("new string[] { " + string.Join(", ", namespaces.Select(SourceWriter.Literal)) + " },");
            Array(w, "ExiValueInfo", model.Values.Select(ValueRow), ",");
            Array(w, "ExiTypeInfo", typeRows, ",");
            Array(w, "ExiRootInfo", documentRows, ",");
            Array(w, "ExiRootInfo", fragmentRows, ");");
            w.Outdent();
            w.Close();
            w.Close();
            return EmitHelpers.FileFooter(w, model);
        }

        private static void Array(SourceWriter w, string type, IEnumerable<string> rows, string end)
        {
            w.Line("new " + Ns + type + "[]");
            w.Line("{");
            w.Indent();
            foreach (var row in rows)
            {
                w.Line(row + ",");
            }

            w.Outdent();
            w.Line("}" + end);
        }

        private static string ValueRow(ValueModel v)
        {
            string kind = v.Representation switch
            {
                ValueRepresentation.BinaryBase64 => "Base64Binary",
                ValueRepresentation.BinaryHex => "HexBinary",
                _ => v.Representation.ToString(),
            };
            string clr = v.EnumName ?? v.CSharpType;
            return "new(" + SourceWriter.Literal(v.Name) + ", typeof(" + clr + "), " + "ExiValueKind." + kind + ", "
                + Number(v.MinValue) + ", " + Number(v.MaxValue) + ", " + Int(v.MinLength ?? -1) + ", " + Int(v.MaxLength ?? -1) + ")";
        }

        private static string Number(string? value) =>
            value != null && value.Length > 0 && value.TrimStart('-').All(char.IsDigit) ? SourceWriter.Literal(value) : "null";

        private static string TypeRow(ClassModel c, CodecModel model, Dictionary<string, int> classes, Dictionary<string, int> values, List<string> namespaces)
        {
            var choices = ChoiceAnalysis.Of(c, model);
            var requirements = ChoiceAnalysis.Requirements(c, model);
            var position = c.Members.Select((m, i) => (m.Name, i)).ToDictionary(p => p.Name, p => p.i);
            int baseIndex = c.BaseName == null ? -1 : classes[c.BaseName];
            var members = c.Members.Select(m => MemberRow(m, choices.TryGetValue(m.Name, out int k) ? k : 0,
                requirements.TryGetValue(m.Name, out var r) ? r.Select(n => position[n]).ToList() : null, classes, values, namespaces));
            string head = "new(typeof(" + c.Name + "), " + SourceWriter.Literal(c.XmlDescription) + ", " + Bool(c.IsAbstract) + ", " + Int(baseIndex) + ", "
                + Bool(c.IsGroupItem);
            var rows = members.ToList();
            if (rows.Count == 0)
            {
                return head + (c.IsHead ? ", isAbstractHead: true)" : ")");
            }

            return head + ", new " + Ns + "ExiMemberInfo[]\n                    {\n" + string.Join(",\n", rows.Select(r => "                        " + r))
                + ",\n                    })";
        }

        private static string MemberRow(MemberModel m, int choice, List<int>? requires, Dictionary<string, int> classes, Dictionary<string, int> values, List<string> namespaces)
        {
            var row = "new(" + SourceWriter.Literal(m.Name) + ", ExiMemberKind." + m.Kind + ", " + SourceWriter.Literal(m.LocalName) + ", "
                + Int(Namespace(m.Namespace, namespaces)) + ", " + Int(m.MinOccurs) + ", " + Int(m.MaxOccurs) + ", " + Bool(m.IsOptional) + ", "
                + Int(m.ClassName == null ? -1 : classes[m.ClassName]) + ", " + Int(m.ValueName == null ? -1 : values[m.ValueName]);
            if (choice != 0)
            {
                row += ", choice: " + Int(choice);
            }

            if (requires != null)
            {
                row += ", requires: new[] { " + string.Join(", ", requires.Select(Int)) + " }";
            }

            if (m.Substitutes.Count > 0)
            {
                var alternatives = m.Substitutes.Select(s => "\n                            new(" + SourceWriter.Literal(s.LocalName) + ", "
                    + Int(Namespace(s.Namespace, namespaces)) + ", " + Int(classes[s.ClassName]) + "),");
                row += ", alternatives: new " + Ns + "ExiAlternativeInfo[]\n                        {" + string.Concat(alternatives) + "\n                        }";
            }

            return row + ")";
        }

        private static string RootRow(RootModel r, Dictionary<string, int> classes, Dictionary<string, int> values, List<string> namespaces)
        {
            int type = r.ValueName == null && classes.TryGetValue(r.ClassName, out int t) ? t : -1;
            int value = r.ValueName != null && values.TryGetValue(r.ValueName, out int v) ? v : -1;
            return "new(" + SourceWriter.Literal(r.MemberName) + ", " + SourceWriter.Literal(r.LocalName) + ", " + Int(Namespace(r.Namespace, namespaces)) + ", "
                + Int(type) + ", " + Int(value) + ")";
        }

        private static int Namespace(string uri, List<string> namespaces)
        {
            int index = namespaces.IndexOf(uri);
            if (index < 0)
            {
                namespaces.Add(uri);
                index = namespaces.Count - 1;
            }

            return index;
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";
    }
}
