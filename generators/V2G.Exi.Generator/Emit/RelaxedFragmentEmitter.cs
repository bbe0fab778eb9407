using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits the writers and readers of fragment roots held by the relaxed element fragment grammar (§8.5.3): qnames
    /// the schema set declares with several types.
    /// </summary>
    internal static class RelaxedFragmentEmitter
    {
        public static void Emit(SourceWriter w, CodecModel model, GrammarEmitter grammars)
        {
            var f = model.Fragment;
            foreach (var r in f.Roots.Where(r => r.Relaxed != null))
            {
                EmitRelaxedWrite(w, f, r);
                EmitRelaxedRead(w, model, f, r, grammars);
            }
        }

        /// <summary>Writes a relaxed root: AT(A_i) for each attribute in qname order, then the value as untyped characters, then EE.</summary>
        private static void EmitRelaxedWrite(SourceWriter w, FragmentModel f, RootModel r)
        {
            var shape = r.Relaxed!;
            var g = f.Relaxed;
            w.Summary(r.LocalName + " is declared with several types, so a fragment holds it with the relaxed element fragment grammar (§8.5.3).");
            w.Open("private static void WriteRelaxed" + r.MemberName + "(ref global::V2G.Exi.ExiWriter writer, " + r.ClassName + " value)");
            foreach (var a in shape.Attributes)
            {
                string local = EmitHelpers.Local(a.MemberName);
                w.Open("if (value." + a.MemberName + " is { } " + local + ")");
                w.Line("writer.WriteBits(" + a.Code + ", " + g.StartWidth + "); // ElementFragment_0: AT({" + a.Namespace + "}" + a.LocalName + ")");
                w.Line("Values.Write" + a.ValueName + "(ref writer, " + local + ");");
                w.Close();
                if (a.IsRequired)
                {
                    w.Line("else");
                    w.Line("{");
                    w.Indent().Line("throw new global::V2G.Exi.ExiEncodeException(\"The required attribute " + a.LocalName + " is missing\", writer.BitPosition);");
                    w.Close();
                }

                w.Line();
            }

            string text = shape.ValueMember != null ? "value." + shape.ValueMember : "value";
            w.Open("if (" + text + " is not { Length: > 0 } text)");
            w.Line("writer.WriteBits(" + g.StartEndElementCode + ", " + g.StartWidth + "); // ElementFragment_0: EE (no characters)");
            w.Line("return;");
            w.Close();
            w.Line();
            w.Line("writer.WriteBits(" + g.StartCharactersCode + ", " + g.StartWidth + "); // ElementFragment_0: CH[untyped]");
            w.Line("Values.Write" + shape.ValueName + "(ref writer, text);");
            w.Line("writer.WriteBits(" + g.ContentEndElementCode + ", " + g.ContentWidth + "); // ElementFragment_1: EE");
            w.Close();
            w.Line();
        }

        /// <summary>Reads a relaxed root; events that the chosen type cannot hold (child elements, unknown attributes) are refused.</summary>
        private static void EmitRelaxedRead(SourceWriter w, CodecModel model, FragmentModel f, RootModel r, GrammarEmitter grammars)
        {
            var shape = r.Relaxed!;
            var g = f.Relaxed;
            string expected = string.Join(", ", shape.Attributes.Select(a => "attribute " + a.LocalName).Concat(new[] { "the value" })) + " or the end of the element (each attribute once)";
            // Values per state as the relaxed grammar counts them: its productions, CH[untyped] and the escape to the second level.
            int startValues = g.StartValues;
            int contentValues = g.ContentValues;
            string trace = "if (reader.Tracing) reader.TraceEvent(position, ";
            string kind = "global::V2G.Exi.Tracing.ExiEventKind.";
            w.Open("private static " + r.ClassName + " ReadRelaxed" + r.MemberName + "(ref global::V2G.Exi.ExiReader reader)");
            foreach (var a in shape.Attributes)
            {
                w.Line("string? " + EmitHelpers.Local(a.MemberName) + " = null;");
            }

            w.Line("string text = string.Empty;");
            w.Open("while (true)");
            w.Line("long position = reader.BitPosition;");
            // Once the reader has failed (a bad value) the code reads as NoEventCode, which the last branch refuses.
            w.Line("uint code = reader.ReadEventCode(" + g.StartWidth + ");");
            foreach (var a in shape.Attributes)
            {
                string local = EmitHelpers.Local(a.MemberName);
                w.Open("if (code == " + a.Code + " && " + local + " == null) // AT({" + a.Namespace + "}" + a.LocalName + ")");
                w.Line(trace + g.StartWidth + ", " + kind + "Attribute, " + SourceWriter.Literal("{" + a.Namespace + "}" + a.LocalName) + ", \"ElementFragment_0\", "
                    + a.Code + ", " + startValues + ");");
                w.Line(local + " = Values.Read" + a.ValueName + "(ref reader, " + grammars.AttributeQName(a.LocalName, a.Namespace) + ");");
                w.Line("continue;");
                w.Close();
                w.Line();
            }

            w.Open("if (code == " + g.StartCharactersCode + ") // CH[untyped]: the value; only EE fits " + r.ClassName + " after it");
            w.Line(trace + g.StartWidth + ", " + kind + "Characters, null, \"ElementFragment_0\", " + g.StartCharactersCode + ", " + startValues + ");");
            w.Line("text = Values.Read" + shape.ValueName + "(ref reader, 0);");
            w.Line("position = reader.BitPosition;");
            w.Line("code = reader.ReadEventCode(" + g.ContentWidth + ");");
            w.Open("if (code != " + g.ContentEndElementCode + ")");
            w.Line("reader.FailUnexpectedEventCode(position, code, " + contentValues + ", \"the end of the element\");");
            w.Line("return default!;");
            w.Close();
            w.Line();
            w.Line(trace + g.ContentWidth + ", " + kind + "EndElement, null, \"ElementFragment_1\", " + g.ContentEndElementCode + ", " + contentValues + ");");
            w.Close();
            w.Line("else if (code != " + g.StartEndElementCode + ")");
            w.Line("{");
            w.Indent().Line("reader.FailUnexpectedEventCode(position, code, " + startValues + ", \"" + expected + "\");");
            w.Line("return default!;");
            w.Close();
            w.Line("else");
            w.Line("{");
            w.Indent().Line(trace + g.StartWidth + ", " + kind + "EndElement, null, \"ElementFragment_0\", " + g.StartEndElementCode + ", " + startValues + ");");
            w.Close();
            w.Line();
            foreach (var a in shape.Attributes.Where(a => a.IsRequired))
            {
                w.Open("if (" + EmitHelpers.Local(a.MemberName) + " == null)");
                w.Line("reader.Fail(new global::V2G.Exi.ExiDecodeException(\"The required attribute " + a.LocalName + " is missing\", position));");
                w.Line("return default!;");
                w.Close();
                w.Line();
            }

            if (shape.ValueMember == null)
            {
                w.Line("return text;");
            }
            else
            {
                var assignments = shape.Attributes.Select(a => a.MemberName + " = " + EmitHelpers.Local(a.MemberName)).Concat(new[] { shape.ValueMember + " = text" });
                w.Line("return new " + r.ClassName + " { " + string.Join(", ", assignments) + " };");
            }

            w.Close();
            w.Close();
            w.Line();
        }
    }
}
