using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits <c>Validate</c> and <c>ValidateFragment</c>: a walk over a message that lists every facet violation and every
    /// abstract head (what the decoder accepts by default and the strict options refuse). Only classes that can hold
    /// something to report get a walker, so the code stays proportional to the facets of the schema.
    /// </summary>
    internal sealed class ValidationEmitter
    {
        private const string Issues = "global::System.Collections.Generic.List<global::V2G.Exi.Validation.ExiValidationIssue>";

        private readonly CodecModel model;
        private readonly Dictionary<string, bool> needs = new Dictionary<string, bool>(System.StringComparer.Ordinal);

        private ValidationEmitter(CodecModel model) => this.model = model;

        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            new ValidationEmitter(model).EmitCodec(w);
            return EmitHelpers.FileFooter(w, model);
        }

        private void EmitCodec(SourceWriter w)
        {
            w.Open("static partial class " + model.CodecName);
            EmitEntry(w, "Validate", model.DocumentName, "document", model.RootEnumName, model.Roots);
            w.Line();
            EmitEntry(w, "ValidateFragment", model.Fragment.UnionName, "fragment", model.Fragment.ElementEnumName, model.Fragment.Roots);
            w.Line();
            w.Summary("Walkers of the classes that can hold a facet violation or an abstract head, one overload per class.");
            w.Open("private static class Validation");
            bool first = true;
            foreach (var c in model.Classes.Where(c => !c.IsAbstract && Needs(c.Name)))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                EmitClass(w, c);
            }

            w.Close();
            w.Close();
        }

        private void EmitEntry(SourceWriter w, string name, string union, string noun, string enumName, EquatableArray<RootModel> roots)
        {
            w.Summary("Lists every schema rule the " + noun + " breaks that EXI still carries: values outside their facets (which decoding accepts"
                + " by default, as EXIficient and libcbv2g do) and elements holding an abstract type's own content.");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + ", decoded or built.</param>");
            w.Line("/// <returns>The issues in document order, each with its element path, the rule and the value; empty when the " + noun + " is schema-valid in these respects.</returns>");
            w.Open("public static global::System.Collections.Generic.IReadOnlyList<global::V2G.Exi.Validation.ExiValidationIssue> " + name + "(" + union + " " + noun + ")");
            w.Line("var issues = new " + Issues + "();");
            var checkedRoots = roots.Where(r => r.ValueName != null ? ValuesEmitter.HasFacets(EmitHelpers.Value(model, r.ValueName)) : Needs(r.ClassName)).ToList();
            if (checkedRoots.Count > 0)
            {
                w.Open("switch (" + noun + ".Root)");
                foreach (var r in checkedRoots)
                {
                    string local = "@" + EmitHelpers.Local(r.MemberName).TrimStart('@');
                    string path = SourceWriter.Literal("/" + r.LocalName);
                    w.Line("case " + enumName + "." + r.MemberName + " when " + noun + ".Value is " + r.ClassName + " " + local + ":");
                    w.Indent();
                    if (r.ValueName != null)
                    {
                        w.Line("Report(issues, " + path + ", Values.Violation" + r.ValueName + "(" + local + "), Values.Format" + r.ValueName + "(" + local + "));");
                    }
                    else
                    {
                        w.Line("Validation.Check(" + local + ", " + path + ", issues);");
                    }

                    w.Line("break;");
                    w.Outdent();
                }

                w.Close();
            }

            w.Line();
            w.Line("return issues;");
            w.Close();
            if (noun == "document")
            {
                w.Line();
                w.Line("private static void Report(" + Issues + " issues, string path, string? rule, string value)");
                w.Line("{");
                w.Indent().Line("if (rule != null) issues.Add(new global::V2G.Exi.Validation.ExiValidationIssue(path, rule, global::V2G.Exi.ExiFacets.Quote(value)));");
                w.Close();
            }
        }

        private void EmitClass(SourceWriter w, ClassModel c)
        {
            w.Open("public static void Check(" + c.Name + " value, string path, " + Issues + " issues)");
            if (c.IsHead)
            {
                w.Line("issues.Add(new global::V2G.Exi.Validation.ExiValidationIssue(path, \"abstract " + c.XmlDescription + "\", path.Substring(path.LastIndexOf('/') + 1)));");
            }

            int n = 0;
            foreach (var m in EmitHelpers.AllMembers(c, model).Where(MemberNeeds))
            {
                string segment = m.Kind switch
                {
                    MemberKind.Attribute => " + \"/@" + m.LocalName + "\"",
                    MemberKind.SimpleContent or MemberKind.Group => string.Empty,
                    _ => " + \"/" + m.LocalName + "\"",
                };
                string local = "m" + n++;
                if (m.IsList)
                {
                    w.Open("for (int i = 0; i < value." + m.Name + "Span.Length; i++)");
                    string item = "path" + segment + (m.Kind == MemberKind.Group ? string.Empty : " + \"[\" + (i + 1) + \"]\"");
                    EmitItem(w, m, "value." + m.Name + "Span[i]", item, local);
                    w.Close();
                }
                else
                {
                    EmitItem(w, m, "value." + m.Name, "path" + segment, local);
                }
            }

            w.Close();
        }

        private void EmitItem(SourceWriter w, MemberModel m, string access, string path, string local)
        {
            if (m.ValueName != null)
            {
                string v = m.ValueName;
                w.Line("if (" + access + " is { } " + local + ") Report(issues, " + path + ", Values.Violation" + v + "(" + local + "), Values.Format" + v + "(" + local + "));");
                return;
            }

            if (m.Substitutes.Count == 0)
            {
                w.Line("if (" + access + " is { } " + local + ") Check(" + local + ", " + path + ", issues);");
                return;
            }

            // A substitution group: the path names the element that stands for the member.
            string at = path.EndsWith(" + \"/" + m.LocalName + "\"", System.StringComparison.Ordinal)
                ? path.Substring(0, path.Length - (" + \"/" + m.LocalName + "\"").Length)
                : path;
            w.Open("switch (" + access + ")");
            int k = 0;
            foreach (var s in m.Substitutes.Where(s => Needs(s.ClassName)))
            {
                string name = local + "s" + k++;
                w.Line("case " + s.ClassName + " " + name + ":");
                w.Indent();
                w.Line("Check(" + name + ", " + at + " + \"/" + s.LocalName + "\", issues);");
                w.Line("break;");
                w.Outdent();
            }

            w.Close();
        }

        private bool MemberNeeds(MemberModel m) =>
            m.ValueName != null ? ValuesEmitter.HasFacets(EmitHelpers.Value(model, m.ValueName))
            : m.Substitutes.Count > 0 ? m.Substitutes.Any(s => Needs(s.ClassName))
            : m.ClassName != null && !EmitHelpers.Class(model, m.ClassName).IsAbstract && Needs(m.ClassName);


        /// <summary>Whether a class can hold something to report, directly or through its members (a fixpoint, so recursion is exact).</summary>
        private bool Needs(string className)
        {
            if (needs.Count == 0)
            {
                foreach (var c in model.Classes)
                {
                    needs[c.Name] = false;
                }

                bool changed = true;
                while (changed)
                {
                    changed = false;
                    foreach (var c in model.Classes.Where(c => !needs[c.Name]))
                    {
                        if (c.IsHead || EmitHelpers.AllMembers(c, model).Any(MemberNeeds))
                        {
                            needs[c.Name] = true;
                            changed = true;
                        }
                    }
                }
            }

            return needs.TryGetValue(className, out bool result) && result;
        }
    }
}
