using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits the codec's Id index: the elements of a decoded document that carry an xs:ID attribute, each with its
    /// fragment. Renders <see cref="IdIndexModel"/> only; which members lead to an Id was resolved by the model.
    /// </summary>
    internal static class IdIndexEmitter
    {
        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            string fragment = model.Fragment.UnionName;
            string entry = "global::V2G.Exi.ExiIdentifiedElement<" + fragment + ">";
            string list = "global::System.Collections.Generic.List<" + entry + ">";
            w.Open("static partial class " + model.CodecName);
            EmitPublicSurface(w, model, entry, list);
            if (model.IdIndex.Visits.Count == 0)
            {
                w.Close();
                return EmitHelpers.FileFooter(w, model);
            }

            w.Line();
            w.Summary("The visits of every class whose content can hold an element with an Id; other members are not visited.");
            w.Open("private static class IdIndex");
            bool first = true;
            foreach (var visit in model.IdIndex.Visits)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                EmitVisit(w, model, visit, list);
            }

            w.Close();
            w.Close();
            return EmitHelpers.FileFooter(w, model);
        }

        private static void EmitPublicSurface(SourceWriter w, CodecModel model, string entry, string list)
        {
            string doc = model.DocumentName;
            string fragment = model.Fragment.UnionName;
            w.Summary("Every element of the document that carries an Id attribute, in document order, each as a fragment (what a signature Reference \"#Id\" digests). Duplicates are listed as found.");
            w.Open("public static " + list + " GetIdentifiedElements(" + doc + " document)");
            w.Line("var found = new " + list + "();");
            if (model.IdIndex.DocumentRoots.Count > 0)
            {
                w.Open("switch (document.Root)");
                foreach (var root in model.IdIndex.DocumentRoots)
                {
                    w.Line("case " + model.RootEnumName + "." + root.RootMember + ":");
                    w.Indent();
                    // Named after the root: case sections share one scope.
                    string local = "as" + root.RootMember;
                    w.Open("if (document.Value is " + root.Element.ClassName + " " + local + ")");
                    EmitElement(w, model, root.Element, local);
                    w.Close();
                    w.Line("break;");
                    w.Outdent();
                }

                w.Close();
            }

            w.Line("return found;");
            w.Close();
            w.Line();
            w.Summary("Looks up the element whose Id attribute is <paramref name=\"id\"/>; <see cref=\"global::V2G.Exi.ExiIdLookup.Duplicate\"/> when several carry it (the fragment is then the first).");
            w.Open("public static global::V2G.Exi.ExiIdLookup FindById(" + doc + " document, string id, out " + fragment + " fragment)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(id);");
            w.Line("fragment = default;");
            w.Line("var result = global::V2G.Exi.ExiIdLookup.NotFound;");
            w.Open("foreach (var item in GetIdentifiedElements(document))");
            w.Open("if (item.Id != id)");
            w.Line("continue;");
            w.Close();
            w.Line();
            w.Open("if (result == global::V2G.Exi.ExiIdLookup.Found)");
            w.Line("return global::V2G.Exi.ExiIdLookup.Duplicate;");
            w.Close();
            w.Line();
            w.Line("fragment = item.Fragment;");
            w.Line("result = global::V2G.Exi.ExiIdLookup.Found;");
            w.Close();
            w.Line();
            w.Line("return result;");
            w.Close();
            w.Line();
            w.Summary("Finds the one element whose Id attribute is <paramref name=\"id\"/>: false when none or several carry it.");
            w.Line("public static bool TryFindById(" + doc + " document, string id, out " + fragment + " fragment) =>");
            w.Indent().Line("FindById(document, id, out fragment) == global::V2G.Exi.ExiIdLookup.Found;");
            w.Outdent();
        }

        private static void EmitVisit(SourceWriter w, CodecModel model, IdVisitModel visit, string list)
        {
            w.Open("public static void " + visit.MethodName + "(" + visit.ClassName + " value, " + list + " found)");
            bool first = true;
            foreach (var member in visit.Members)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                string local = EmitHelpers.Local(member.MemberName);
                if (member.IsList)
                {
                    w.Open("foreach (var " + local + " in value." + member.MemberName + "Span)");
                }
                else
                {
                    w.Open("if (value." + member.MemberName + " is { } " + local + ")");
                }

                EmitMember(w, model, member, local);
                w.Close();
            }

            w.Close();
        }

        private static void EmitMember(SourceWriter w, CodecModel model, IdMemberModel member, string local)
        {
            if (member.Elements.Count == 1 && member.Elements[0].IsGroupItem)
            {
                // A repeated group's item: no element of its own, its members are visited.
                w.Line("IdIndex." + member.Elements[0].VisitMethod + "(" + local + ", found);");
                return;
            }

            if (!member.IsSubstitutionGroup)
            {
                EmitElement(w, model, member.Elements[0], local);
                return;
            }

            // One type test per element the member may stand for, in the encoder's order (most derived first).
            w.Open("switch (" + local + ")");
            foreach (var element in member.Elements)
            {
                string name = "as" + element.ClassName;
                w.Line("case " + element.ClassName + " " + name + ":");
                w.Indent();
                EmitElement(w, model, element, name);
                w.Line("break;");
                w.Outdent();
            }

            w.Close();
        }

        private static void EmitElement(SourceWriter w, CodecModel model, IdElementModel element, string local)
        {
            if (element.IdMember != null)
            {
                // Named after the element's local: case sections of a switch share one scope.
                string id = local.TrimStart('@') + "Id";
                w.Open("if (" + local + "." + element.IdMember + " is { } " + id + ")");
                w.Line("found.Add(new global::V2G.Exi.ExiIdentifiedElement<" + model.Fragment.UnionName + ">(" + id + ", " + model.Fragment.UnionName + ".From" + element.FragmentMember + "(" + local + ")));");
                w.Close();
            }

            if (element.VisitMethod != null)
            {
                w.Line("IdIndex." + element.VisitMethod + "(" + local + ", found);");
            }
        }
    }
}
