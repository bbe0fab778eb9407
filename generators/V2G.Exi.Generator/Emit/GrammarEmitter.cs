using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits one nested class per grammar: named state constants, an encoder that walks the members in
    /// content-model order and asks a transition method per terminal for the event code, and a decoder
    /// that switches on the event code of each state. Codes and widths are constants resolved here.
    /// </summary>
    internal sealed partial class GrammarEmitter
    {
        private readonly CodecModel model;
        private readonly Dictionary<string, int> qnames;

        /// <summary>The transition methods the last emitted Write method calls (the others are not emitted).</summary>
        private HashSet<string> calledTransitions = new HashSet<string>(System.StringComparer.Ordinal);

        public GrammarEmitter(CodecModel model)
        {
            this.model = model;
            qnames = QNameIds(model);
        }

        /// <summary>Ids of element and attribute qnames: the string table's local value partitions (lenient decoding only).</summary>
        public static Dictionary<string, int> QNameIds(CodecModel model)
        {
            var ids = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var p in model.Grammars.SelectMany(g => g.States).SelectMany(s => s.Productions).Where(p => p.LocalName != null).OrderBy(p => p.LocalName, System.StringComparer.Ordinal).ThenBy(p => p.Namespace, System.StringComparer.Ordinal))
            {
                string key = p.Kind + "|" + p.Namespace + "|" + p.LocalName;
                if (!ids.ContainsKey(key))
                {
                    ids.Add(key, ids.Count + 1);
                }
            }

            return ids;
        }

        public int QName(ProductionModel p) => qnames[p.Kind + "|" + p.Namespace + "|" + p.LocalName];

        /// <summary>The string-table partition id of an attribute qname; 0 if no grammar has the attribute.</summary>
        public int AttributeQName(string localName, string ns) => qnames.TryGetValue(ProductionKind.Attribute + "|" + ns + "|" + localName, out int id) ? id : 0;

        public void Emit(SourceWriter w, GrammarModel g)
        {
            w.Summary("EXI grammar of " + g.TypeDescription + " (§8.5.4): " + g.States.Count + " states.");
            w.Open("private static class " + g.Name + "Grammar");
            foreach (var s in g.States)
            {
                w.Summary(s.Name + ": " + s.Description + (s.RepeatCount > 1 ? "; stands for " + s.RepeatCount + " repeats of " + s.RepeatTerminal : string.Empty) + ". " + string.Join(", ", s.Productions.Select(p => p.Code + " " + p.Terminal)) + ".");
                w.Line("private const int " + s.Name + " = " + s.Index + ";");
                w.Line();
            }

            if (g.ValueName != null && g.States.All(s => s.Productions.All(p => p.Kind == ProductionKind.Characters || p.Kind == ProductionKind.EndElement)))
            {
                EmitValueWrite(w, g);
                w.Line();
                EmitValueRead(w, g);
            }
            else
            {
                EmitComplexWrite(w, g);
                w.Line();
                EmitComplexRead(w, g);
            }

            foreach (var terminal in g.Terminals.Where(t => calledTransitions.Contains(t.Id)))
            {
                w.Line();
                EmitTransition(w, g, terminal);
            }

            w.Line();
            EmitExpected(w, g);
            w.Close();
        }

        /// <summary>How a decoder returns once the reader has failed: the value is dropped, the caller returns too.</summary>
        private const string FailReturn = "return default!;";

        /// <summary>After a child was read: return if it failed, adding its name to the error's element path.</summary>
        private static string FailedIn(string segment) => "if (reader.FailedIn(" + SourceWriter.Literal(segment) + ")) " + FailReturn;

        private static StateModel State(GrammarModel g, int index) => g.States.First(s => s.Index == index);

        /// <summary>True if the grammar has counted states, and so needs a repeat counter.</summary>
        private static bool Counted(GrammarModel g) => g.States.Any(s => s.RepeatCount > 1);

        private void EmitValueWrite(SourceWriter w, GrammarModel g)
        {
            var value = EmitHelpers.Value(model, g.ValueName!);
            var start = g.States[0];
            w.Open("public static void Write(ref global::V2G.Exi.ExiWriter writer, " + value.CSharpType + " value)");
            if (start.SecondLevelEndElementCode >= 0 && !value.IsValueType)
            {
                w.Line("// An empty value is the empty element: EE through the second level (" + start.Productions.Count + "." + start.SecondLevelEndElementCode + "), as the reference encoder writes <x/>.");
                // Where xs:length forbids the empty value, the strict encoder goes on to the value's own facet check.
                bool lengthForbidsEmpty = value.MinLength > 0 && value.MinLength == value.MaxLength;
                w.Open("if (value is { Length: 0 }" + (lengthForbidsEmpty ? " && !writer.ChecksLengthFacets" : string.Empty) + ")");
                w.Line("writer.WriteBits(" + start.Productions.Count + ", " + start.Width + ");");
                w.Line("writer.WriteBits(" + start.SecondLevelEndElementCode + ", " + start.SecondLevelWidth + ");");
                w.Line("return;");
                w.Close();
                w.Line();
            }

            var flow = new WriteFlow(g);
            var body = new SourceWriter(w.Indentation);
            flow.Terminal(body, "CH");
            body.Line("Values.Write" + value.Name + "(ref writer, value);");
            flow.Terminal(body, "EE");
            if (flow.UsesState)
            {
                w.Line("int state = " + start.Name + ";");
            }

            w.Append(body);
            calledTransitions = flow.CalledTransitions;
            w.Close();
        }

        private void EmitValueRead(SourceWriter w, GrammarModel g)
        {
            var value = EmitHelpers.Value(model, g.ValueName!);
            w.Open("public static " + value.CSharpType + " Read(ref global::V2G.Exi.ExiReader reader, int qname)");
            w.Line(value.CSharpType + " value = default" + (value.IsValueType ? string.Empty : "!") + ";");
            EmitStateLoop(w, g, production => production.Kind == ProductionKind.Characters
                ? new[] { "value = Values.Read" + value.Name + "(ref reader, qname);" }
                : new string[0], "return value;", EmptyValue(value));
            w.Close();
        }

        /// <summary>
        /// What a second-level EE means for a value grammar: the empty string or binary. Where a length facet forbids
        /// the empty value it is a facet violation like any other: kept by default (the relaxed encoder writes it so),
        /// refused by strict decoding.
        /// </summary>
        private static string? EmptyValue(ValueModel value)
        {
            string? empty = value.Representation switch
            {
                ValueRepresentation.String => "string.Empty",
                ValueRepresentation.BinaryHex or ValueRepresentation.BinaryBase64 => "global::System.Array.Empty<byte>()",
                _ => null,
            };
            if (empty == null || !(value.MinLength > 0))
            {
                return empty == null ? null : "return " + empty + ";";
            }

            return "if (reader.ChecksLengthFacets && Values.Violation" + value.Name + "(" + empty + ") is { } rule) "
                + "{ reader.Fail(reader.FacetViolationError(position, \"''\", rule)); return default!; } return " + empty + ";";
        }

        private void EmitComplexWrite(SourceWriter w, GrammarModel g)
        {
            var c = EmitHelpers.Class(model, g.ClassName);
            w.Open("public static void Write(ref global::V2G.Exi.ExiWriter writer, " + g.ClassName + " value)");
            var flow = new WriteFlow(g);
            var body = new SourceWriter(w.Indentation + 1);
            foreach (var m in EmitHelpers.AllMembers(c, model))
            {
                EmitMemberWrite(body, g, flow, m);
            }

            flow.Terminal(body, "EE");
            if (flow.UsesState)
            {
                w.Line("int state = " + g.States[0].Name + ";");
            }

            if (flow.UsesRepeat)
            {
                w.Line("int repeat = 0;");
            }

            w.Line("string? child = null;");
            w.Open("try");
            w.Append(body);
            calledTransitions = flow.CalledTransitions;
            w.Close();
            EmitHelpers.PathFilter(w, "child != null && e.PrependPathSegment(child)");
            w.Close();
        }

        /// <summary>Takes a list member as a span and refuses more entries than maxOccurs (0: unbounded).</summary>
        private static void EmitSpanWithBound(SourceWriter w, string local, string access, string name, string noun, int maxOccurs)
        {
            w.Line("var " + local + " = " + access + "Span;");
            if (maxOccurs > 0)
            {
                w.Open("if (" + local + ".Length > " + maxOccurs + ")");
                w.Line("throw new global::V2G.Exi.ExiEncodeException(\"" + name + " has \" + " + local + ".Length + \" " + noun + "; the schema allows at most " + maxOccurs + "\", writer.BitPosition);");
                w.Close();
                w.Line();
            }
        }

        private void EmitMemberWrite(SourceWriter w, GrammarModel g, WriteFlow flow, MemberModel m, string owner = "value", bool forceOptional = false)
        {
            string access = owner + "." + m.Name;
            if (m.Kind == MemberKind.Group)
            {
                string items = Local(m);
                EmitSpanWithBound(w, items, access, m.Name, "repetitions", m.MaxOccurs);

                flow.Loop(w, "foreach (var item in " + items + ")", (bw, f) =>
                {
                    bw.Line("_ = item ?? throw new global::V2G.Exi.ExiEncodeException(\"An item of " + m.Name + " is null\", writer.BitPosition);");
                    foreach (var inner in EmitHelpers.Class(model, m.ClassName!).Members)
                    {
                        EmitMemberWrite(bw, g, f, inner, "item", forceOptional: true);
                    }
                });
                return;
            }

            switch (m.Kind)
            {
                case MemberKind.Attribute:
                    {
                        var p = FindProduction(g, m);
                        if (p == null)
                        {
                            return;
                        }

                        string write = "Values.Write" + m.ValueName + "(ref writer, {0});";
                        w.Line("child = \"@" + m.LocalName + "\";");
                        if (m.IsOptional)
                        {
                            var skipped = flow.BeginBranch(w);
                            w.Open("if (" + access + " is { } " + Local(m) + ")");
                            flow.Terminal(w, p.TerminalId);
                            w.Line(string.Format(CultureInfo.InvariantCulture, write, Local(m)));
                            flow.EndBranch(w, skipped);
                            w.Close();
                        }
                        else
                        {
                            flow.Terminal(w, p.TerminalId);
                            w.Line(string.Format(CultureInfo.InvariantCulture, write, access));
                        }

                        w.Line("child = null;");
                        return;
                    }

                case MemberKind.SimpleContent:
                    flow.Terminal(w, "CH");
                    w.Line("Values.Write" + m.ValueName + "(ref writer, " + access + ");");
                    return;
            }

            if (m.IsList)
            {
                string list = Local(m) + (owner == "value" ? string.Empty : "List");
                EmitSpanWithBound(w, list, access, m.LocalName, "items", m.MaxOccurs);

                flow.Loop(w, "for (int i = 0; i < " + list + ".Length; i++)", (bw, f) =>
                    EmitElementWrite(bw, g, f, m, list + "[i]", isNullable: !EmitHelpers.IsValueType(m, model)));
                return;
            }

            if (m.IsOptional || forceOptional)
            {
                // Inside a repeated group's loop the item's members get their own names: the owner may have members of the same name.
                string local = Local(m) + (owner == "value" ? string.Empty : "OfItem");
                var skipped = flow.BeginBranch(w);
                w.Open("if (" + access + " is { } " + local + ")");
                EmitElementWrite(w, g, flow, m, local, isNullable: false);
                flow.EndBranch(w, skipped);
                w.Close();
                return;
            }

            EmitElementWrite(w, g, flow, m, access, isNullable: !EmitHelpers.IsValueType(m, model));
        }

        private void EmitElementWrite(SourceWriter w, GrammarModel g, WriteFlow flow, MemberModel m, string item, bool isNullable)
        {
            string checkedItem = isNullable
                ? "(" + item + " ?? throw new global::V2G.Exi.ExiEncodeException(\"The required element " + m.LocalName + " is missing\", writer.BitPosition))"
                : item;
            if (m.Substitutes.Count > 0)
            {
                // Where every substitute leads to the same state (the usual case), the codes stay constants throughout.
                bool oneEnd = flow.EndInOneState(m.Substitutes.Select(s => (System.Action<SourceWriter, WriteFlow>)((cw, f) => EmitSubstitute(cw, g, f, s))));
                var atSwitch = oneEnd ? flow.Possible : flow.BeginBranch(w);
                bool upToDate = flow.IsMaterialized;
                var joined = new SortedSet<int>();
                w.Open("switch (" + checkedItem + ")");
                foreach (var s in m.Substitutes)
                {
                    w.Line("case " + s.ClassName + " as" + s.ClassName + ":");
                    w.Indent();
                    flow.Restart(atSwitch, upToDate);
                    EmitSubstitute(w, g, flow, s);
                    joined.UnionWith(oneEnd ? flow.Possible : flow.EndAlternative(w));
                    w.Line("break;");
                    w.Outdent();
                }

                w.Line("default:");
                w.Indent().Line("throw new global::V2G.Exi.ExiEncodeException(\"No element of the substitution group " + m.LocalName + " has the type \" + " + item + "!.GetType().Name, writer.BitPosition);");
                w.Outdent();
                w.Close();
                flow.Join(joined, upToDate: !oneEnd);
                return;
            }

            var production = FindProduction(g, m);
            if (production == null)
            {
                return;
            }

            flow.Terminal(w, production.TerminalId);
            w.Line("child = \"" + m.LocalName + "\";");
            w.Line(production.GrammarName + "Grammar.Write(ref writer, " + checkedItem + ");");
            w.Line("child = null;");
        }

        /// <summary>One case of a substitution group's switch: the member's element written as the substitute.</summary>
        private static void EmitSubstitute(SourceWriter w, GrammarModel g, WriteFlow flow, SubstituteModel s)
        {
            var p = g.States.SelectMany(st => st.Productions).First(x => x.Kind == ProductionKind.StartElement && x.LocalName == s.LocalName && x.Namespace == s.Namespace);
            if (s.IsAbstractHead)
            {
                w.Line("if (writer.ChecksFacets) throw new global::V2G.Exi.ExiEncodeException(\"" + s.LocalName + " holds the abstract type "
                    + s.ClassName + " (schema-invalid); ExiEncodeOptions.Relaxed writes it\", writer.BitPosition);");
            }

            flow.Terminal(w, p.TerminalId);
            w.Line("child = \"" + s.LocalName + "\";");
            w.Line(s.GrammarName + "Grammar.Write(ref writer, as" + s.ClassName + ");");
            w.Line("child = null;");
        }

        private static ProductionModel? FindProduction(GrammarModel g, MemberModel m) =>
            g.States.SelectMany(s => s.Productions).FirstOrDefault(p => p.MemberName == m.Name && (p.Kind == ProductionKind.StartElement || p.Kind == ProductionKind.Attribute));

        private static string Local(MemberModel m) => EmitHelpers.Local(m.Name);

        private void EmitComplexRead(SourceWriter w, GrammarModel g)
        {
            var c = EmitHelpers.Class(model, g.ClassName);
            var members = EmitHelpers.AllMembers(c, model);
            w.Open("public static " + g.ClassName + " Read(ref global::V2G.Exi.ExiReader reader, int qname)");
            foreach (var m in members)
            {
                string item = EmitHelpers.ItemType(m, model);
                w.Line(m.IsList
                    ? "global::System.Collections.Generic.List<" + item + ">? " + Local(m) + " = null;"
                    : item + "? " + Local(m) + " = null;");
                if (m.Kind == MemberKind.Group)
                {
                    w.Line(item + "? " + Local(m) + "Current = null;");
                    w.Line("int " + Local(m) + "Position = -1;");
                }
            }

            // An abstract type's own content decodes into its head class; only a strict reader refuses it.
            string onEnd = c.IsAbstract
                ? "if (reader.ChecksFacets)\n{\n    reader.Fail(reader.AbstractContentError(position, \"" + c.XmlDescription + "\"));\n    " + FailReturn + "\n}\n\nreturn Complete();"
                : "return Complete();";
            string built = c.IsAbstract ? model.Classes.First(h => h.IsHead && h.BaseName == c.Name).Name : g.ClassName;
            EmitStateLoop(w, g, p => ReadProduction(p, members), onEnd, null);
            {
                w.Line();
                w.Open(g.ClassName + " Complete()");
                w.Open("return new " + built);
                foreach (var m in members)
                {
                    string local = Local(m);
                    if (m.IsList || m.IsOptional)
                    {
                        // A list left null reads as empty (the property creates it on first use).
                        w.Line(m.Name + " = " + local + ",");
                    }
                    else
                    {
                        w.Line(m.Name + " = " + local + (EmitHelpers.IsValueType(m, model) ? ".GetValueOrDefault()," : "!,"));
                    }
                }

                w.Close(";");
                w.Close();
            }

            w.Close();
        }

        private IEnumerable<string> ReadProduction(ProductionModel p, List<MemberModel> members)
        {
            switch (p.Kind)
            {
                case ProductionKind.StartElement when p.GroupName != null:
                    {
                        var group = members.First(x => x.Name == p.GroupName);
                        var m = EmitHelpers.Class(model, group.ClassName!).Members.First(x => x.Name == p.MemberName);
                        string current = Local(group) + "Current";
                        string position = Local(group) + "Position";
                        string read = p.GrammarName + "Grammar.Read(ref reader, " + QName(p) + ")";
                        yield return "// A repetition of " + group.Name + " starts when the member's position does not move forward.";
                        yield return "if (" + current + " is null || " + position + (m.IsList ? " > " : " >= ") + p.GroupIndex + ")";
                        yield return "{";
                        yield return "    " + current + " = new " + group.ClassName + "();";
                        yield return "    (" + Local(group) + " ??= new global::System.Collections.Generic.List<" + group.ClassName + ">()).Add(" + current + ");";
                        yield return "}";
                        yield return "";
                        yield return m.IsList ? current + "." + m.Name + ".Add(" + read + ");" : current + "." + m.Name + " = " + read + ";";
                        yield return FailedIn(p.LocalName!);
                        yield return position + " = " + p.GroupIndex + ";";
                        break;
                    }

                case ProductionKind.StartElement:
                    {
                        var m = members.First(x => x.Name == p.MemberName);
                        string read = p.GrammarName + "Grammar.Read(ref reader, " + QName(p) + ")";
                        yield return m.IsList ? "(" + Local(m) + " ??= new global::System.Collections.Generic.List<" + EmitHelpers.ItemType(m, model) + ">()).Add(" + read + ");" : Local(m) + " = " + read + ";";
                        yield return FailedIn(p.LocalName!);
                        break;
                    }

                case ProductionKind.Attribute:
                    {
                        var m = members.First(x => x.Name == p.MemberName);
                        yield return Local(m) + " = Values.Read" + m.ValueName + "(ref reader, " + QName(p) + ");";
                        yield return FailedIn("@" + p.LocalName);
                        break;
                    }

                case ProductionKind.Characters:
                    {
                        // A failed value needs no check here: the next event code reads as NoEventCode and the loop returns.
                        var m = members.First(x => x.Kind == MemberKind.SimpleContent);
                        yield return Local(m) + " = Values.Read" + m.ValueName + "(ref reader, qname);";
                        break;
                    }
            }
        }

        /// <summary>
        /// The decoder's state loop: read the event code of the current state, report it to a listening trace, handle
        /// it, move on. Errors name what the state expects in the schema's words (the path names the element).
        /// </summary>
        private void EmitStateLoop(SourceWriter w, GrammarModel g, System.Func<ProductionModel, IEnumerable<string>> handle, string onEnd, string? onSecondLevelEnd)
        {
            if (LinearChain(g) is { } chain)
            {
                EmitLinearRead(w, chain, handle, onEnd, onSecondLevelEnd);
                return;
            }

            w.Line("int state = " + g.States[0].Name + ";");
            if (Counted(g))
            {
                w.Line("int repeat = 0;");
            }

            w.Open("while (true)");
            w.Line("long position = reader.BitPosition;");
            w.Line("uint code;");
            w.Open("switch (state)");
            foreach (var s in g.States)
            {
                int values = Values(s);
                w.Line("case " + s.Name + ":");
                w.Indent();
                w.Open("switch (code = reader.ReadEventCode(" + s.Width + "))");
                foreach (var p in s.Productions)
                {
                    w.Line("case " + p.Code + ": // " + p.Terminal);
                    w.Indent();
                    if (p.Kind == ProductionKind.Unsupported)
                    {
                        w.Line("reader.Fail(new global::V2G.Exi.ExiDecodeException(" + SourceWriter.Literal(p.Terminal + " (wildcard or mixed content) is not supported by this codec") + ", position));");
                        w.Line(FailReturn);
                        w.Outdent();
                        continue;
                    }

                    w.Line(TraceEvent(s, p, values));
                    foreach (var line in handle(p))
                    {
                        w.Line(line);
                    }

                    if (p.Kind == ProductionKind.EndElement)
                    {
                        foreach (var line in onEnd.Split('\n'))
                        {
                            w.Line(line);
                        }
                    }
                    else
                    {
                        foreach (var line in Transition(g, s, p))
                        {
                            w.Line(line);
                        }

                        w.Line("break;");
                    }

                    w.Outdent();
                }

                bool emptyValue = AcceptsEmptyValue(g, s, onSecondLevelEnd);
                if (emptyValue)
                {
                    w.Line("case " + s.Productions.Count + ":");
                    w.Indent();
                    EmitEmptyValue(w, s, onSecondLevelEnd!, "Expected(state)");
                    w.Outdent();
                }

                w.Line("default:");
                // Also the way out once the reader has failed: the code is then ExiReader.NoEventCode.
                w.Indent().Line(EventCodeFailure(s, emptyValue, "Expected(state)"));
                w.Line(FailReturn);
                w.Outdent();
                w.Close();
                if (s.Productions.Any(p => p.Kind != ProductionKind.EndElement && p.Kind != ProductionKind.Unsupported))
                {
                    w.Line("break;");
                }

                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw new global::System.InvalidOperationException(\"Unknown grammar state\");");
            w.Outdent();
            w.Close();
            w.Close();
        }

        /// <summary>The trace report of one production: its kind, qname (SE and AT; CH and EE belong to the open element), state and code.</summary>
        private static string TraceEvent(StateModel s, ProductionModel p, int values)
        {
            string kind = p.Kind switch
            {
                ProductionKind.StartElement => "StartElement",
                ProductionKind.Attribute => "Attribute",
                ProductionKind.Characters => "Characters",
                _ => "EndElement",
            };
            string qname = p.Kind == ProductionKind.StartElement || p.Kind == ProductionKind.Attribute
                ? SourceWriter.Literal("{" + p.Namespace + "}" + p.LocalName)
                : "null";
            return "if (reader.Tracing) reader.TraceEvent(position, " + s.Width + ", global::V2G.Exi.Tracing.ExiEventKind." + kind + ", " + qname + ", \""
                + s.Name + "\", " + p.Code + ", " + values + ");";
        }

        /// <summary>The statements that move to the production's target, counting repeats in counted states.</summary>
        private static IEnumerable<string> Transition(GrammarModel g, StateModel from, ProductionModel p)
        {
            if (from.RepeatCount > 1 && p.Terminal == from.RepeatTerminal)
            {
                var exit = State(g, p.Target);
                yield return "// " + from.RepeatCount + " repeats at most, then " + exit.Name + ".";
                yield return "state = ++repeat < " + from.RepeatCount + " ? " + from.Name + " : " + exit.Name + ";";
                yield return "repeat = state == " + from.Name + " ? repeat : 0;";
                yield break;
            }

            var target = State(g, p.Target);
            if (target.Index == from.Index)
            {
                yield return "// stays in " + from.Name + ".";
                yield break;
            }

            if (from.RepeatCount > 1 || target.RepeatCount > 1)
            {
                yield return "repeat = 0;";
            }

            yield return "state = " + target.Name + ";";
        }

        private static void EmitTransition(SourceWriter w, GrammarModel g, TerminalModel terminal)
        {
            w.Summary("Writes the event code of " + terminal.Terminal + " for the current state and returns the next state.");
            w.Open("private static int " + terminal.Id + "(ref global::V2G.Exi.ExiWriter writer, int state" + (Counted(g) ? ", ref int repeat" : string.Empty) + ")");
            w.Open("switch (state)");
            foreach (var s in g.States)
            {
                var p = s.Productions.FirstOrDefault(x => x.TerminalId == terminal.Id);
                if (p == null)
                {
                    continue;
                }

                w.Line("case " + s.Name + ":");
                w.Indent();
                w.Line("writer.WriteBits(" + p.Code + ", " + s.Width + ");");
                if (p.Kind == ProductionKind.EndElement)
                {
                    w.Line("return -1;");
                }
                else
                {
                    foreach (var line in Transition(g, s, p))
                    {
                        w.Line(line);
                    }

                    w.Line("return state;");
                }

                w.Outdent();
            }

            w.Line("default:");
            w.Indent();
            w.Line("throw new global::V2G.Exi.ExiEncodeException(\"" + Refusal(terminal.Terminal)
                + "; expected \" + Expected(state), writer.BitPosition);");
            w.Outdent();
            w.Close();
            w.Close();
        }

        /// <summary>What the encoder refuses, as one sentence: an end that leaves required content out, or a misplaced item.</summary>
        private static string Refusal(string terminal)
        {
            if (terminal == "EE")
            {
                return "The element cannot end here (required content is missing)";
            }

            if (terminal.StartsWith("SE(", System.StringComparison.Ordinal))
            {
                return "Element " + Escape(terminal.Substring(3, terminal.Length - 4)) + " cannot come here";
            }

            if (terminal.StartsWith("AT(", System.StringComparison.Ordinal))
            {
                return "Attribute " + Escape(terminal.Substring(3, terminal.Length - 4)) + " cannot come here";
            }

            return Escape(terminal) + " cannot come here";
        }

        private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

        /// <summary>Emits the helper that names what a state accepts in the schema's words, for encoder and decoder error messages.</summary>
        private static void EmitExpected(SourceWriter w, GrammarModel g)
        {
            w.Open("private static string Expected(int state) => state switch");
            foreach (var s in g.States)
            {
                w.Line(s.Name + " => " + SourceWriter.Literal(Words(s.Productions.Select(Word).ToList())) + ",");
            }

            w.Line("_ => \"nothing\",");
            w.Close(";");
        }

        /// <summary>What a production stands for, as a reader of the schema says it.</summary>
        private static string Word(ProductionModel p) => p.Kind switch
        {
            ProductionKind.StartElement => p.LocalName!,
            ProductionKind.Attribute => "attribute " + p.LocalName,
            ProductionKind.Characters => "the value",
            ProductionKind.EndElement => "the end of the element",
            _ => p.Terminal,
        };

        /// <summary>"A", "A or B", "A, B or C".</summary>
        private static string Words(List<string> words) => words.Count <= 1
            ? (words.Count == 0 ? "nothing" : words[0])
            : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[words.Count - 1];
    }
}
