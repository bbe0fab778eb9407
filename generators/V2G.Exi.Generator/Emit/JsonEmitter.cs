using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits the JSON form of the documents and fragments: writing through Utf8JsonWriter, reading from JsonElement.
    /// The form follows the XML one: the root object has one key, the root element's local name; each element's
    /// content is an object whose keys are its attributes (<c>@Name</c>), its simple content (<c>#text</c>), its child
    /// elements by local name (the element present for a substitution group or choice) and its repeated model groups
    /// (<c>#items</c>: one object per repetition), all in schema order; absent optional members are omitted and a
    /// member that may repeat is always an array.
    /// </summary>
    internal static class JsonEmitter
    {
        private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
        private const string Element = "global::System.Text.Json.JsonElement";
        private const string Kind = "global::System.Text.Json.JsonValueKind";
        private const string Runtime = "global::V2G.Exi.ExiJsonValues";
        private const string Error = "global::V2G.Exi.ExiJsonException";

        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            w.Open("static partial class " + model.CodecName);
            var documents = new Stream("document", string.Empty, model.DocumentName, model.RootEnumName, model.Roots, "Documents", "is not a document root of this schema set");
            var fragments = new Stream("fragment", "Fragment", model.Fragment.UnionName, model.Fragment.ElementEnumName, model.Fragment.Roots, "Fragments", "is not an element this codec holds in a fragment");
            foreach (var stream in new[] { documents, fragments })
            {
                EmitToJson(w, stream, model);
                EmitFromJson(w, stream, model);
            }

            foreach (var stream in new[] { documents, fragments })
            {
                EmitInterface(w, model, stream);
            }

            w.Summary("JSON readers and writers, one pair per class.");
            w.Open("private static class Json");
            bool first = true;
            foreach (var c in model.Classes)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                if (c.IsAbstract)
                {
                    w.Open("public static void Write" + c.Name + "(" + Writer + " writer, " + c.Name + " value)");
                    w.Line("throw new " + Error + "(\"The abstract type " + c.Name + " has no JSON form of its own; use one of its derived types\");");
                    w.Close();
                    continue;
                }

                EmitWrite(w, c, model);
                w.Line();
                EmitRead(w, c, model);
            }

            w.Close();
            w.Line();
            JsonValuesEmitter.Emit(w, model);
            w.Close();
            return EmitHelpers.FileFooter(w, model);
        }

        /// <summary>What differs between the document and the fragment methods.</summary>
        private sealed record Stream(string Noun, string Prefix, string Union, string EnumName, EquatableArray<RootModel> Roots, string Plural, string Refusal)
        {
            public string ToJson => Prefix + "ToJson";

            public string WriteJson => Prefix.Length == 0 ? "WriteJson" : "Write" + Prefix + "Json";

            public string FromJson => Prefix + "FromJson";
        }

        private static bool IsSimpleRoot(RootModel r) => r.ValueName != null && r.Relaxed?.ValueMember == null;

        private static void EmitToJson(SourceWriter w, Stream s, CodecModel model)
        {
            var keys = RootKeys(s.Roots, model);
            string noun = s.Noun;
            w.Summary("Writes a " + noun + " in its JSON form (UTF-8, indented, keys in schema order; see the README's JSON form).");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + ".</param>");
            w.Line("/// <returns>The JSON text.</returns>");
            w.Line("/// <exception cref=\"" + Error + "\">A string holds text JSON cannot carry (a lone surrogate).</exception>");
            w.Line("public static string " + s.ToJson + "(" + s.Union + " " + noun + ") => " + Runtime + ".Write(" + noun + ", " + s.WriteJson + ");");
            w.Line();

            w.Summary("Writes a " + noun + " as one JSON object, <c>{\"RootElement\": {...}}</c>, to a caller's writer.");
            w.Line("/// <param name=\"writer\">Where the JSON is written.</param>");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + ".</param>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">The " + noun + " is a default instance, with no content.</exception>");
            w.Line("/// <exception cref=\"" + Error + "\">A string holds text JSON cannot carry (a lone surrogate).</exception>");
            w.Open("public static void " + s.WriteJson + "(" + Writer + " writer, " + s.Union + " " + noun + ")");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
            w.Open("try");
            w.Open("switch (" + noun + ".Root)");
            foreach (var r in s.Roots)
            {
                string local = EmitHelpers.Local(r.MemberName);
                w.Line("case " + s.EnumName + "." + r.MemberName + " when " + noun + ".Value is " + r.ClassName + " " + local + ":");
                w.Indent();
                w.Line("writer.WriteStartObject();");
                w.Line("writer.WritePropertyName(" + SourceWriter.Literal(keys[r]) + ");");
                w.Line(IsSimpleRoot(r) ? "JsonValues.Write" + r.ValueName + "(writer, " + local + ");" : "Json.Write" + r.ClassName + "(writer, " + local + ");");
                w.Line("writer.WriteEndObject();");
                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw new global::System.ArgumentException(\"The " + noun + " has no content\", nameof(" + noun + "));");
            w.Outdent();
            w.Close();
            w.Close();
            w.Line("catch (global::System.ArgumentException e) when (e.ParamName is null)");
            w.Line("{");
            w.Indent().Line("// Utf8JsonWriter refuses invalid UTF-16 (a lone surrogate); an EXI string may carry one.");
            w.Line("throw new " + Error + "(\"The " + noun + " cannot be written as JSON: \" + e.Message, e);");
            w.Close();
            w.Close();
            w.Line();
        }

        private static void EmitFromJson(SourceWriter w, Stream s, CodecModel model)
        {
            var keys = RootKeys(s.Roots, model);
            string noun = s.Noun;
            w.Summary("Reads a " + noun + " from its JSON form; keys may come in any order.");
            w.Line("/// <param name=\"json\">The JSON text.</param>");
            w.Line("/// <returns>The " + noun + ".</returns>");
            w.Line("/// <exception cref=\"" + Error + "\">The JSON is not well-formed or breaks the schema (with the JSON path).</exception>");
            w.Open("public static " + s.Union + " " + s.FromJson + "(string json)");
            w.Line("using var parsed = " + Runtime + ".Parse(json);");
            w.Line("return " + s.FromJson + "(parsed.RootElement);");
            w.Close();
            w.Line();

            w.Summary("Reads a " + noun + " from a parsed JSON value: an object with one key, the root element's name.");
            w.Line("/// <param name=\"root\">The JSON value.</param>");
            w.Line("/// <returns>The " + noun + ".</returns>");
            w.Line("/// <exception cref=\"" + Error + "\">The JSON breaks the schema (with the JSON path).</exception>");
            w.Open("public static " + s.Union + " " + s.FromJson + "(" + Element + " root)");
            w.Line("var node = " + Runtime + ".RootProperty(root, " + SourceWriter.Literal(noun) + ");");
            w.Open("try");
            w.Open("switch (node.Name)");
            foreach (var r in s.Roots)
            {
                string read = IsSimpleRoot(r) ? "JsonValues.Read" + r.ValueName + "(node.Value)" : "Json.Read" + r.ClassName + "(node.Value)";
                w.Line("case " + SourceWriter.Literal(keys[r]) + ":");
                w.Indent().Line("return " + s.Union + ".From" + r.MemberName + "(" + read + ");");
                w.Outdent();
            }

            w.Close();
            w.Close();
            EmitHelpers.PathFilter(w, "e.PrependPathSegment(node.Name)");
            w.Line();
            w.Line("throw new " + Error + "(\"The key '\" + node.Name + \"' " + s.Refusal + "\");");
            w.Close();
            w.Line();
        }

        /// <summary>The JSON members of <c>IExiCodec&lt;T&gt;</c>, in a second part of the class StreamEmitter declares.</summary>
        private static void EmitInterface(SourceWriter w, CodecModel model, Stream s)
        {
            string c = model.CodecName + ".";
            w.Open("private sealed partial class " + s.Plural + "Codec");
            w.Line("public string ToJson(" + s.Union + " value) => " + c + s.ToJson + "(value);");
            w.Line();
            w.Line("public void WriteJson(" + Writer + " writer, " + s.Union + " value) => " + c + s.WriteJson + "(writer, value);");
            w.Line();
            w.Line("public " + s.Union + " FromJson(string json) => " + c + s.FromJson + "(json);");
            w.Close();
            w.Line();
        }

        /// <summary>The members of a class in schema order (attributes first), as the JSON object holds them.</summary>
        private static List<MemberModel> Members(ClassModel c, CodecModel model) =>
            c.IsGroupItem ? c.Members.ToList() : EmitHelpers.AllMembers(c, model);

        /// <summary>The JSON key of a member (for a substitution group: of its head element).</summary>
        internal static string Key(MemberModel m) => m.Kind switch
        {
            MemberKind.Attribute => "@" + m.LocalName,
            MemberKind.SimpleContent => "#text",
            MemberKind.Group => "#" + char.ToLowerInvariant(m.Name[0]) + m.Name.Substring(1),
            _ => m.LocalName,
        };

        /// <summary>
        /// The keys of a class's object, member by member: a member's own key, or one per element of its substitution
        /// group (a repeated substitution group keeps the head's key for its array; each item then names its element).
        /// Where one content model names an element twice (xmldsig PGPData has PGPKeyPacket in both branches of its
        /// choice), the later member's key gets a suffix <c>#2</c>, <c>#3</c>, ... so that every key is unique.
        /// </summary>
        private static List<MemberKey> ObjectKeys(ClassModel c, CodecModel model)
        {
            var result = new List<MemberKey>();
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var m in Members(c, model))
            {
                var names = m.Substitutes.Count > 0 && !m.IsList
                    ? m.Substitutes.Select(s => (s.LocalName, (SubstituteModel?)s))
                    : new[] { (Key(m), (SubstituteModel?)null) };
                foreach (var (name, substitute) in names)
                {
                    string key = name;
                    for (int n = 2; !used.Add(key); n++)
                    {
                        key = name + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    result.Add(new MemberKey(m, key, substitute));
                }
            }

            return result;
        }

        /// <summary>
        /// The key of each root: its local name, or <c>prefix:local</c> where roots of several namespaces share the local
        /// name (fragments hold every element qname: ISO-2 declares AC_EVSEStatus in its body and its data types namespace).
        /// </summary>
        private static Dictionary<RootModel, string> RootKeys(EquatableArray<RootModel> roots, CodecModel model)
        {
            var shared = new HashSet<string>(roots.GroupBy(r => r.LocalName).Where(g => g.Count() > 1).Select(g => g.Key), System.StringComparer.Ordinal);
            var result = new Dictionary<RootModel, string>();
            foreach (var r in roots)
            {
                string? prefix = model.Namespaces.FirstOrDefault(n => n.Uri == r.Namespace)?.Prefix;
                result[r] = shared.Contains(r.LocalName) && prefix != null ? prefix + ":" + r.LocalName : r.LocalName;
            }

            return result;
        }

        /// <summary>One key of a class's object and the member (and substitution-group element) it fills.</summary>
        private sealed record MemberKey(MemberModel Member, string Key, SubstituteModel? Substitute);

        private static void EmitWrite(SourceWriter w, ClassModel c, CodecModel model)
        {
            var keys = ObjectKeys(c, model);
            w.Open("public static void Write" + c.Name + "(" + Writer + " writer, " + c.Name + " value)");
            w.Line("writer.WriteStartObject();");
            foreach (var m in Members(c, model))
            {
                var mine = keys.Where(k => k.Member == m).ToList();
                string access = "value." + m.Name;
                string local = EmitHelpers.Local(m.Name);
                if (m.IsList)
                {
                    // An empty list is an absent member; a list with items is an array even with one item.
                    w.Open("if (" + access + "Span.Length > 0)");
                    w.Line("writer.WritePropertyName(" + SourceWriter.Literal(mine[0].Key) + ");");
                    w.Line("writer.WriteStartArray();");
                    w.Open("foreach (var item in " + access + "Span)");
                    if (m.Substitutes.Count > 0)
                    {
                        w.Line("writer.WriteStartObject();");
                        WriteSubstitute(w, m.Substitutes.Select(s => new MemberKey(m, s.LocalName, s)).ToList(), "item");
                        w.Line("writer.WriteEndObject();");
                    }
                    else
                    {
                        WriteContent(w, m, "item");
                    }

                    w.Close();
                    w.Line("writer.WriteEndArray();");
                    w.Close();
                }
                else if (m.IsOptional || c.IsGroupItem)
                {
                    w.Open("if (" + access + " is { } " + local + ")");
                    WriteMember(w, mine, local);
                    w.Close();
                }
                else
                {
                    WriteMember(w, mine, access);
                }
            }

            w.Line("writer.WriteEndObject();");
            w.Close();
        }

        /// <summary>Writes the key and the content of one occurrence.</summary>
        private static void WriteMember(SourceWriter w, List<MemberKey> keys, string item)
        {
            if (keys[0].Substitute != null)
            {
                WriteSubstitute(w, keys, item);
                return;
            }

            w.Line("writer.WritePropertyName(" + SourceWriter.Literal(keys[0].Key) + ");");
            WriteContent(w, keys[0].Member, item);
        }

        /// <summary>Writes the element of a substitution group that is present, keyed by its name.</summary>
        private static void WriteSubstitute(SourceWriter w, List<MemberKey> keys, string item)
        {
            w.Open("switch (" + item + ")");
            foreach (var k in keys)
            {
                var s = k.Substitute!;
                string local = "as" + s.ClassName;
                w.Line("case " + s.ClassName + " " + local + ":");
                w.Indent();
                w.Line("writer.WritePropertyName(" + SourceWriter.Literal(k.Key) + ");");
                w.Line("Write" + s.ClassName + "(writer, " + local + ");");
                w.Line("break;");
                w.Outdent();
            }

            w.Close();
        }

        private static void WriteContent(SourceWriter w, MemberModel m, string item) =>
            w.Line(m.ClassName != null ? "Write" + m.ClassName + "(writer, " + item + ");" : "JsonValues.Write" + m.ValueName + "(writer, " + item + ");");

        /// <summary>The reader of one occurrence's content (a class's object or a simple value).</summary>
        private static string Reader(string? className, string? valueName, string json) =>
            className != null ? "Read" + className + "(" + json + ")" : "JsonValues.Read" + valueName + "(" + json + ")";

        private static void EmitRead(SourceWriter w, ClassModel c, CodecModel model)
        {
            var members = Members(c, model);
            var keys = ObjectKeys(c, model);
            string keyList = string.Join(", ", keys.Select(k => k.Key));
            string description = c.IsGroupItem ? "a repetition of a group in " + c.XmlDescription : c.XmlDescription;
            w.Open("public static " + c.Name + " Read" + c.Name + "(" + Element + " element)");
            w.Line(Runtime + ".RequireKind(element, " + Kind + ".Object, " + SourceWriter.Literal("an object (the content of " + description + ")") + ");");
            foreach (var m in members)
            {
                string item = EmitHelpers.ItemType(m, model);
                w.Line(m.IsList
                    ? "global::System.Collections.Generic.List<" + item + ">? " + EmitHelpers.Local(m.Name) + " = null;"
                    : item + "? " + EmitHelpers.Local(m.Name) + " = null;");
            }

            // The key being read and the array position inside it, for the JSON path of an error.
            w.Line("string? child = null;");
            bool arrays = members.Any(m => m.IsList);
            if (arrays)
            {
                w.Line("int position = -1;");
            }

            w.Open("try");
            w.Open("foreach (var node in element.EnumerateObject())");
            w.Line("child = node.Name;");
            w.Open("switch (node.Name)");
            foreach (var k in keys)
            {
                var m = k.Member;
                var alternatives = keys.Where(a => a.Member == m).ToList();
                string local = EmitHelpers.Local(m.Name);
                w.Line("case " + SourceWriter.Literal(k.Key) + ":");
                w.Indent();
                w.Open("if (" + local + " is not null)");
                w.Line(alternatives.Count > 1
                    ? "throw new " + Error + "(\"The key '" + k.Key + "' stands for the same element as another key present: only one of "
                        + string.Join(", ", alternatives.Select(a => a.Key)) + " may be present\");"
                    : "throw " + Runtime + ".DuplicateKey(node.Name);");
                w.Close();
                w.Line();
                if (m.IsList)
                {
                    EmitReadArray(w, k, local, model);
                }
                else
                {
                    w.Line(local + " = " + Reader(k.Substitute?.ClassName ?? m.ClassName, m.ValueName, "node.Value") + ";");
                }

                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw " + Runtime + ".UnknownKey(node.Name, " + SourceWriter.Literal(description) + ", " + SourceWriter.Literal(keyList) + ");");
            w.Outdent();
            w.Close();
            w.Close();
            w.Close();
            EmitHelpers.PathFilter(w, "child != null && " + (arrays ? "(position >= 0 ? e.PrependPathSegment(child, position) : e.PrependPathSegment(child))" : "e.PrependPathSegment(child)"));
            w.Line();
            if (c.IsGroupItem)
            {
                // An empty object would be a repetition with no element in it, which the XML form cannot express.
                w.Open("if (" + string.Join(" && ", members.Select(m => EmitHelpers.Local(m.Name) + " is null")) + ")");
                w.Line("throw new " + Error + "(\"A repetition of the group holds no element; it needs one of " + keyList + "\");");
                w.Close();
                w.Line();
            }

            foreach (var m in members.Where(m => m.IsList && m.Kind == MemberKind.Element))
            {
                // Occurrence bounds of a repeated element (repeated groups are checked by the grammar when encoding).
                string key = keys.First(k => k.Member == m).Key;
                string count = "(" + EmitHelpers.Local(m.Name) + "?.Count ?? 0)";
                if (m.MinOccurs > 0)
                {
                    w.Open("if (" + count + " < " + m.MinOccurs + ")");
                    w.Line("throw new " + Error + "(\"The array '" + key + "' has \" + " + count + " + \" items; the schema requires at least " + m.MinOccurs + " (minOccurs)\");");
                    w.Close();
                    w.Line();
                }

                if (m.MaxOccurs > 0)
                {
                    w.Open("if (" + count + " > " + m.MaxOccurs + ")");
                    w.Line("throw new " + Error + "(\"The array '" + key + "' has \" + " + count + " + \" items; the schema allows at most " + m.MaxOccurs + " (maxOccurs)\");");
                    w.Close();
                    w.Line();
                }
            }

            w.Open("return new " + c.Name);
            foreach (var m in members)
            {
                string local = EmitHelpers.Local(m.Name);
                if (m.IsList || m.IsOptional || c.IsGroupItem)
                {
                    w.Line(m.Name + " = " + local + ",");
                }
                else
                {
                    var mine = keys.Where(k => k.Member == m).Select(k => k.Key).ToList();
                    string what = mine.Count > 1 ? "one of the keys " + string.Join(", ", mine) : "key '" + mine[0] + "'";
                    w.Line(m.Name + " = " + local + " ?? throw new " + Error + "(\"The required " + what + " is missing\"),");
                }
            }

            w.Close(";");
            w.Close();
        }

        /// <summary>Reads an array member item by item, keeping the position for the JSON path of an error.</summary>
        private static void EmitReadArray(SourceWriter w, MemberKey k, string local, CodecModel model)
        {
            var m = k.Member;
            string item = EmitHelpers.ItemType(m, model);
            w.Line(Runtime + ".RequireKind(node.Value, " + Kind + ".Array, " + SourceWriter.Literal("an array (" + k.Key + " may repeat)") + ");");
            w.Line(local + " = new global::System.Collections.Generic.List<" + item + ">(node.Value.GetArrayLength());");
            w.Open("foreach (var item in node.Value.EnumerateArray())");
            w.Line("position = " + local + ".Count;");
            if (m.Substitutes.Count > 0)
            {
                // Each item of a repeated substitution group is an object naming its element: {"Member": {...}}.
                w.Line("var named = " + Runtime + ".RootProperty(item, \"substitution group item\");");
                w.Open("switch (named.Name)");
                foreach (var s in m.Substitutes)
                {
                    w.Line("case " + SourceWriter.Literal(s.LocalName) + ":");
                    w.Indent().Line(local + ".Add(Read" + s.ClassName + "(named.Value));");
                    w.Line("break;");
                    w.Outdent();
                }

                w.Line("default:");
                w.Indent().Line("throw " + Runtime + ".UnknownKey(named.Name, \"an item of " + k.Key + "\", " + SourceWriter.Literal(string.Join(", ", m.Substitutes.Select(s => s.LocalName))) + ");");
                w.Outdent();
                w.Close();
            }
            else
            {
                w.Line(local + ".Add(" + Reader(m.ClassName, m.ValueName, "item") + ");");
            }

            w.Close();
            w.Line();
            w.Line("position = -1;");
        }
    }
}
