using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>Emits the standard XML form of the documents: writing through XmlWriter, reading from LINQ to XML.</summary>
    internal static class XmlEmitter
    {
        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            string doc = model.DocumentName;
            w.Open("static partial class " + model.CodecName);
            EmitToXml(w, model, doc);
            EmitFromXml(w, model, doc);
            w.Summary("XML readers and writers, one per class.");
            w.Open("private static class Xml");
            w.Line("private static readonly (string Prefix, string Uri)[] Namespaces =");
            w.Line("{");
            w.Indent();
            foreach (var n in model.Namespaces)
            {
                w.Line("(" + SourceWriter.Literal(n.Prefix) + ", " + SourceWriter.Literal(n.Uri) + "),");
            }

            w.Outdent();
            w.Line("};");
            w.Line();
            w.Open("public static void StartRoot(global::System.Xml.XmlWriter writer, string localName, string ns)");
            w.Line("writer.WriteStartElement(Prefix(ns), localName, ns);");
            w.Open("foreach (var (prefix, uri) in Namespaces)");
            w.Line("writer.WriteAttributeString(\"xmlns\", prefix, null, uri);");
            w.Close();
            w.Close();
            w.Line();
            w.Summary("The text of a simple-typed element; child elements and attributes are refused.");
            w.Open("public static string SimpleText(global::System.Xml.Linq.XElement element)");
            w.Open("if (global::System.Linq.Enumerable.Any(element.Elements()))");
            w.Line("throw new global::V2G.Exi.ExiXmlException(\"The element has a simple type and cannot contain elements\");");
            w.Close();
            w.Line();
            w.Open("foreach (var attribute in element.Attributes())");
            w.Open("if (!global::V2G.Exi.ExiXmlValues.IsIgnorable(attribute))");
            w.Line("throw new global::V2G.Exi.ExiXmlException(\"Unexpected attribute \" + attribute.Name + \": the element has a simple type\");");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return element.Value;");
            w.Close();
            w.Line();
            w.Line("public static string Prefix(string ns) => global::System.Array.Find(Namespaces, n => n.Uri == ns).Prefix ?? string.Empty;");
            foreach (var c in model.Classes.Where(c => !c.IsAbstract && !c.IsGroupItem))
            {
                w.Line();
                EmitWrite(w, c, model);
                w.Line();
                EmitRead(w, c, model);
            }

            foreach (var c in model.Classes.Where(c => c.IsAbstract))
            {
                w.Line();
                EmitAbstractWrite(w, c, model);
            }

            w.Close();
            w.Close();
            return EmitHelpers.FileFooter(w, model);
        }

        private static void EmitToXml(SourceWriter w, CodecModel model, string doc)
        {
            EmitToXml(w, "ToXml", doc, "document", model.RootEnumName, model.Roots);
            EmitToXml(w, "FragmentToXml", model.Fragment.UnionName, "fragment", model.Fragment.ElementEnumName, model.Fragment.Roots);
        }

        private static void EmitFromXml(SourceWriter w, CodecModel model, string doc)
        {
            EmitFromXml(w, "FromXml", doc, "document", model.Roots, "is not a document root of this schema set");
            EmitFromXml(w, "FragmentFromXml", model.Fragment.UnionName, "fragment", model.Fragment.Roots, "is not an element this codec holds in a fragment");
        }

        private static void EmitToXml(SourceWriter w, string method, string type, string noun, string enumName, EquatableArray<RootModel> roots)
        {
            w.Summary("Writes a " + noun + " in its standard XML form (UTF-8, indented, with an XML declaration).");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + ".</param>");
            w.Line("/// <returns>The XML text.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiXmlException\">A string holds a character XML 1.0 cannot represent (EXI can carry it).</exception>");
            w.Open("public static string " + method + "(" + type + " " + noun + ")");
            w.Line("var settings = new global::System.Xml.XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = \"\\n\" };");
            w.Line("var text = new global::System.IO.StringWriter(global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Line("text.Write(\"<?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?>\\n\");");
            w.Open("try");
            w.Open("using (var writer = global::System.Xml.XmlWriter.Create(text, settings))");
            w.Open("switch (" + noun + ".Root)");
            foreach (var r in roots)
            {
                string local = EmitHelpers.Local(r.MemberName);
                w.Line("case " + enumName + "." + r.MemberName + " when " + noun + ".Value is " + r.ClassName + " " + local + ":");
                w.Indent();
                w.Line("Xml.StartRoot(writer, " + SourceWriter.Literal(r.LocalName) + ", " + SourceWriter.Literal(r.Namespace) + ");");
                w.Line(r.ValueName != null && r.Relaxed?.ValueMember == null ? "writer.WriteString(Values.Format" + r.ValueName + "(" + local + "));" : "Xml.Write" + r.ClassName + "(writer, " + local + ");");
                w.Line("writer.WriteEndElement();");
                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw new global::System.ArgumentException(\"The " + noun + " has no content\", nameof(" + noun + "));");
            w.Outdent();
            w.Close();
            w.Close();
            w.Close();
            w.Line("catch (global::System.ArgumentException e) when (e.ParamName is null)");
            w.Line("{");
            w.Indent().Line("// XmlWriter refuses characters outside XML 1.0's Char production; an EXI string may carry them.");
            w.Line("throw new global::V2G.Exi.ExiXmlException(\"The " + noun + " cannot be written as XML 1.0: \" + e.Message, e);");
            w.Close();
            w.Line();
            w.Line("return text.ToString();");
            w.Close();
            w.Line();
        }

        private static void EmitFromXml(SourceWriter w, string method, string type, string noun, EquatableArray<RootModel> roots, string refusal)
        {
            w.Summary("Reads a " + noun + " from its XML form.");
            w.Line("/// <param name=\"xml\">The XML text.</param>");
            w.Line("/// <returns>The " + noun + ".</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiXmlException\">The XML is not well-formed or breaks the schema (with the element path).</exception>");
            w.Open("public static " + type + " " + method + "(string xml)");
            w.Line("global::System.Xml.Linq.XDocument parsed;");
            w.Open("try");
            w.Line("parsed = global::System.Xml.Linq.XDocument.Parse(xml);");
            w.Close();
            w.Line("catch (global::System.Xml.XmlException e)");
            w.Line("{");
            w.Indent().Line("throw new global::V2G.Exi.ExiXmlException(\"The XML is not well-formed: \" + e.Message, e);");
            w.Close();
            w.Line();
            w.Line("return " + method + "(parsed.Root!);");
            w.Close();
            w.Line();
            w.Summary("Reads a " + noun + " from its root element.");
            w.Line("/// <param name=\"root\">The root element.</param>");
            w.Line("/// <returns>The " + noun + ".</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiXmlException\">The XML breaks the schema (with the element path).</exception>");
            w.Open("public static " + type + " " + method + "(global::System.Xml.Linq.XElement root)");
            w.Line("var name = root.Name;");
            w.Open("try");
            w.Open("switch (name.NamespaceName, name.LocalName)");
            foreach (var r in roots)
            {
                string read = r.ValueName != null && r.Relaxed?.ValueMember == null ? "Values.Parse" + r.ValueName + "(Xml.SimpleText(root))" : "Xml.Read" + r.ClassName + "(root)";
                w.Line("case (" + SourceWriter.Literal(r.Namespace) + ", " + SourceWriter.Literal(r.LocalName) + "):");
                w.Indent().Line("return " + type + ".From" + r.MemberName + "(" + read + ");");
                w.Outdent();
            }

            w.Close();
            w.Close();
            EmitHelpers.PathFilter(w, "e.PrependPathSegment(name.LocalName)");
            w.Line();
            w.Line("throw new global::V2G.Exi.ExiXmlException(\"The root element \" + name + \" " + refusal + "\");");
            w.Close();
            w.Line();
        }

        private static void EmitWrite(SourceWriter w, ClassModel c, CodecModel model)
        {
            w.Open("public static void Write" + c.Name + "(global::System.Xml.XmlWriter writer, " + c.Name + " value)");
            foreach (var m in EmitHelpers.AllMembers(c, model))
            {
                string access = "value." + m.Name;
                switch (m.Kind)
                {
                    case MemberKind.Attribute:
                        if (m.IsOptional)
                        {
                            w.Open("if (" + access + " is { } " + EmitHelpers.Local(m.Name) + ")");
                            w.Line("writer.WriteAttributeString(" + SourceWriter.Literal(m.LocalName) + ", " + SourceWriter.Literal(m.Namespace) + ", Values.Format" + m.ValueName + "(" + EmitHelpers.Local(m.Name) + "));");
                            w.Close();
                        }
                        else
                        {
                            w.Line("writer.WriteAttributeString(" + SourceWriter.Literal(m.LocalName) + ", " + SourceWriter.Literal(m.Namespace) + ", Values.Format" + m.ValueName + "(" + access + "));");
                        }

                        break;
                    case MemberKind.SimpleContent:
                        w.Line("writer.WriteString(Values.Format" + m.ValueName + "(" + access + "));");
                        break;
                    case MemberKind.Group:
                        w.Open("foreach (var group in " + access + ")");
                        foreach (var inner in EmitHelpers.Class(model, m.ClassName!).Members)
                        {
                            if (inner.IsList)
                            {
                                w.Open("foreach (var item in group." + inner.Name + ")");
                                WriteElement(w, inner, "item");
                                w.Close();
                            }
                            else
                            {
                                // Named apart from the owner's members, which may have the same names.
                                w.Open("if (group." + inner.Name + " is { } " + EmitHelpers.Local(inner.Name) + "OfItem)");
                                WriteElement(w, inner, EmitHelpers.Local(inner.Name) + "OfItem");
                                w.Close();
                            }
                        }

                        w.Close();
                        break;
                    default:
                        if (m.IsList)
                        {
                            w.Open("foreach (var item in " + access + ")");
                            WriteElement(w, m, "item");
                            w.Close();
                        }
                        else if (m.IsOptional)
                        {
                            w.Open("if (" + access + " is { } " + EmitHelpers.Local(m.Name) + ")");
                            WriteElement(w, m, EmitHelpers.Local(m.Name));
                            w.Close();
                        }
                        else
                        {
                            WriteElement(w, m, access);
                        }

                        break;
                }
            }

            w.Close();
        }

        private static void WriteElement(SourceWriter w, MemberModel m, string item)
        {
            if (m.Substitutes.Count > 0)
            {
                w.Open("switch (" + item + ")");
                foreach (var s in m.Substitutes)
                {
                    string local = "as" + s.ClassName;
                    w.Line("case " + s.ClassName + " " + local + ":");
                    w.Indent();
                    w.Line("writer.WriteStartElement(Prefix(" + SourceWriter.Literal(s.Namespace) + "), " + SourceWriter.Literal(s.LocalName) + ", " + SourceWriter.Literal(s.Namespace) + ");");
                    w.Line("Write" + s.ClassName + "(writer, " + local + ");");
                    w.Line("writer.WriteEndElement();");
                    w.Line("break;");
                    w.Outdent();
                }

                w.Close();
                return;
            }

            w.Line("writer.WriteStartElement(Prefix(" + SourceWriter.Literal(m.Namespace) + "), " + SourceWriter.Literal(m.LocalName) + ", " + SourceWriter.Literal(m.Namespace) + ");");
            if (m.ClassName != null)
            {
                w.Line("Write" + m.ClassName + "(writer, " + item + ");");
            }
            else
            {
                w.Line("writer.WriteString(Values.Format" + m.ValueName + "(" + item + "));");
            }

            w.Line("writer.WriteEndElement();");
        }

        private static void EmitAbstractWrite(SourceWriter w, ClassModel c, CodecModel model)
        {
            w.Open("public static void Write" + c.Name + "(global::System.Xml.XmlWriter writer, " + c.Name + " value)");
            w.Line("throw new global::V2G.Exi.ExiXmlException(\"The abstract type " + c.Name + " has no XML form of its own; use one of its derived types\");");
            w.Close();
        }

        /// <summary>
        /// Refuses a child that belongs before the previous one in the content model, or (for a member that does not
        /// repeat) a second occurrence. Returns false where the class has one content member, so no order is tracked.
        /// </summary>
        private static bool EmitOrderCheck(SourceWriter w, List<MemberModel> content, MemberModel member, bool allowSame)
        {
            if (content.Count < 2)
            {
                return false;
            }

            int index = content.IndexOf(member);
            if (!allowSame)
            {
                w.Open("if (order == " + index + ")");
                w.Line("throw new global::V2G.Exi.ExiXmlException(\"The element \" + x.Name.LocalName + \" occurs more than once\");");
                w.Close();
                w.Line();
            }

            w.Open("if (order > " + index + ")");
            w.Line("throw new global::V2G.Exi.ExiXmlException(\"The element \" + x.Name.LocalName + \" comes after \" + previous + \"; the schema's order puts it before\");");
            w.Close();
            w.Line();
            w.Line("order = " + index + ";");
            w.Line("previous = x.Name.LocalName;");
            return true;
        }

        /// <summary>The element names that fill a member (its substitution group, or itself) and how each is read.</summary>
        private static IEnumerable<(string Local, string Ns, string Reader)> ChildNames(MemberModel m) =>
            m.Substitutes.Count > 0
                ? m.Substitutes.Select(s => (s.LocalName, s.Namespace, "Read" + s.ClassName + "(x)"))
                : new[] { (m.LocalName, m.Namespace, m.ClassName != null ? "Read" + m.ClassName + "(x)" : "Values.Parse" + m.ValueName + "(SimpleText(x))") };

        private static void EmitRead(SourceWriter w, ClassModel c, CodecModel model)
        {
            var members = EmitHelpers.AllMembers(c, model);
            w.Open("public static " + c.Name + " Read" + c.Name + "(global::System.Xml.Linq.XElement element)");
            foreach (var m in members)
            {
                string item = EmitHelpers.ItemType(m, model);
                w.Line(m.IsList
                    ? "var " + EmitHelpers.Local(m.Name) + " = new global::System.Collections.Generic.List<" + item + ">();"
                    : item + "? " + EmitHelpers.Local(m.Name) + " = null;");
                if (m.Kind == MemberKind.Group)
                {
                    w.Line(item + "? " + EmitHelpers.Local(m.Name) + "Current = null;");
                    w.Line("int " + EmitHelpers.Local(m.Name) + "Position = -1;");
                }
            }

            w.Line("string? child = null;");
            w.Open("try");
            foreach (var m in members.Where(m => m.Kind == MemberKind.Attribute))
            {
                w.Open("if (element.Attribute(global::System.Xml.Linq.XName.Get(" + SourceWriter.Literal(m.LocalName) + ", " + SourceWriter.Literal(m.Namespace) + ")) is { } " + EmitHelpers.Local(m.Name) + "Attribute)");
                w.Line("child = \"@" + m.LocalName + "\";");
                w.Line(EmitHelpers.Local(m.Name) + " = Values.Parse" + m.ValueName + "(" + EmitHelpers.Local(m.Name) + "Attribute.Value);");
                w.Line("child = null;");
                w.Close();
                w.Line();
            }

            // Attributes the type does not declare are refused, not dropped (namespace declarations and schema-location hints are not content).
            w.Open("foreach (var attribute in element.Attributes())");
            var declared = members.Where(m => m.Kind == MemberKind.Attribute).Select(m => "(attribute.Name.LocalName == " + SourceWriter.Literal(m.LocalName) + " && attribute.Name.NamespaceName == " + SourceWriter.Literal(m.Namespace) + ")").ToList();
            w.Open("if (!global::V2G.Exi.ExiXmlValues.IsIgnorable(attribute)" + (declared.Count > 0 ? " && !(" + string.Join(" || ", declared) + ")" : string.Empty) + ")");
            w.Line("throw new global::V2G.Exi.ExiXmlException(\"Unexpected attribute \" + attribute.Name + \": " + c.XmlDescription + " declares " + (declared.Count == 0 ? "no attributes" : "only " + string.Join(", ", members.Where(m => m.Kind == MemberKind.Attribute).Select(m => m.LocalName))) + "\");");
            w.Close();
            w.Close();
            w.Line();

            var simple = members.FirstOrDefault(m => m.Kind == MemberKind.SimpleContent);
            if (simple != null)
            {
                w.Line(EmitHelpers.Local(simple.Name) + " = Values.Parse" + simple.ValueName + "(element.Value);");
            }

            var elements = members.Where(m => m.Kind == MemberKind.Element).ToList();
            var groups = members.Where(m => m.Kind == MemberKind.Group).ToList();
            var content = members.Where(m => m.Kind is MemberKind.Element or MemberKind.Group).ToList();
            if (content.Count > 1)
            {
                // Children must come in content-model order: the members are in that order, so a child may not match an earlier member.
                w.Line("int order = -1;");
                w.Line("string? previous = null;");
            }

            w.Open("foreach (var node in element.Nodes())");
            w.Open("if (node is global::System.Xml.Linq.XText text)");
            if (simple == null)
            {
                w.Open("if (!string.IsNullOrWhiteSpace(text.Value))");
                w.Line("throw new global::V2G.Exi.ExiXmlException(\"Unexpected text '\" + text.Value.Trim() + \"' in element-only content\");");
                w.Close();
            }

            w.Line("continue;");
            w.Close();
            w.Line();
            w.Open("if (node is not global::System.Xml.Linq.XElement x)");
            w.Line("continue;");
            w.Close();
            w.Line();
            w.Line("child = x.Name.LocalName;");

            // Candidates in content-model order; a name that several members share (<a/><b/><a/>, or a name of a
            // repeated group and a later sibling) goes to the first of them that may still come.
            var candidates = new List<(int Index, MemberModel Member, MemberModel? Group, int Position, string Local, string Ns, string Reader)>();
            foreach (var m in elements)
            {
                foreach (var (local, ns, reader) in ChildNames(m))
                {
                    candidates.Add((content.IndexOf(m), m, null, -1, local, ns, reader));
                }
            }

            foreach (var group in groups)
            {
                var inner = EmitHelpers.Class(model, group.ClassName!).Members;
                for (int position = 0; position < inner.Count; position++)
                {
                    foreach (var (local, ns, reader) in ChildNames(inner[position]))
                    {
                        candidates.Add((content.IndexOf(group), inner[position], group, position, local, ns, reader));
                    }
                }
            }

            var shared = candidates.GroupBy(k => k.Ns + "|" + k.Local).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            foreach (var k in candidates.OrderBy(k => k.Index).ThenBy(k => k.Position))
            {
                bool repeats = k.Group != null || k.Member.IsList;
                string stillPossible = content.Count > 1 && shared.Contains(k.Ns + "|" + k.Local) ? " && order " + (repeats ? "<=" : "<") + " " + k.Index : string.Empty;
                w.Open("if (x.Name.LocalName == " + SourceWriter.Literal(k.Local) + " && x.Name.NamespaceName == " + SourceWriter.Literal(k.Ns) + stillPossible + ")");
                if (k.Group is { } group)
                {
                    EmitOrderCheck(w, content, group, allowSame: true);
                    string current = EmitHelpers.Local(group.Name) + "Current";
                    string position = EmitHelpers.Local(group.Name) + "Position";
                    w.Open("if (" + current + " is null || " + position + (k.Member.IsList ? " > " : " >= ") + k.Position + ")");
                    w.Line(current + " = new " + group.ClassName + "();");
                    w.Line(EmitHelpers.Local(group.Name) + ".Add(" + current + ");");
                    w.Close();
                    w.Line();
                    w.Line(k.Member.IsList ? current + "." + k.Member.Name + ".Add(" + k.Reader + ");" : current + "." + k.Member.Name + " = " + k.Reader + ";");
                    w.Line(position + " = " + k.Position + ";");
                }
                else
                {
                    var m = k.Member;
                    bool ordered = EmitOrderCheck(w, content, m, allowSame: m.IsList);
                    if (m.IsList)
                    {
                        w.Line(EmitHelpers.Local(m.Name) + ".Add(" + k.Reader + ");");
                    }
                    else
                    {
                        if (!ordered)
                        {
                            w.Open("if (" + EmitHelpers.Local(m.Name) + " is not null)");
                            w.Line("throw new global::V2G.Exi.ExiXmlException(\"The element " + k.Local + " occurs more than once\");");
                            w.Close();
                            w.Line();
                        }

                        w.Line(EmitHelpers.Local(m.Name) + " = " + k.Reader + ";");
                    }
                }

                w.Line("child = null;");
                w.Line("continue;");
                w.Close();
                w.Line();
            }

            w.Line("throw new global::V2G.Exi.ExiXmlException(\"Unexpected element \" + x.Name + \" in " + c.Name + "\");");
            w.Close();
            w.Close();
            EmitHelpers.PathFilter(w, "child != null && e.PrependPathSegment(child)");
            w.Line();
            foreach (var m in members.Where(m => m.IsList && m.Kind == MemberKind.Element))
            {
                // Occurrence bounds of a repeated element (repeated groups are checked by the grammar when encoding).
                string list = EmitHelpers.Local(m.Name);
                if (m.MinOccurs > 0)
                {
                    w.Open("if (" + list + ".Count < " + m.MinOccurs + ")");
                    w.Line("throw new global::V2G.Exi.ExiXmlException(\"The element " + m.LocalName + " occurs \" + " + list + ".Count + \" times; the schema requires at least " + m.MinOccurs + " (minOccurs)\");");
                    w.Close();
                    w.Line();
                }

                if (m.MaxOccurs > 0)
                {
                    w.Open("if (" + list + ".Count > " + m.MaxOccurs + ")");
                    w.Line("throw new global::V2G.Exi.ExiXmlException(\"The element " + m.LocalName + " occurs \" + " + list + ".Count + \" times; the schema allows at most " + m.MaxOccurs + " (maxOccurs)\");");
                    w.Close();
                    w.Line();
                }
            }

            w.Open("return new " + c.Name);
            foreach (var m in members)
            {
                string local = EmitHelpers.Local(m.Name);
                if (m.IsList || m.IsOptional)
                {
                    w.Line(m.Name + " = " + local + ",");
                }
                else
                {
                    string what = m.Kind == MemberKind.Attribute ? "attribute " + m.LocalName : m.Kind == MemberKind.SimpleContent ? "value" : "element " + m.LocalName;
                    w.Line(m.Name + " = " + local + " ?? throw new global::V2G.Exi.ExiXmlException(\"The required " + what + " is missing\"),");
                }
            }

            w.Close(";");
            w.Close();
        }
    }
}
