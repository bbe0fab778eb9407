using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits EncodeFragment/DecodeFragment: the fragment grammar of §8.5.3 around the type grammars, and the
    /// relaxed element fragment grammar for qnames the schema set declares with several types.
    /// </summary>
    internal static class FragmentEmitter
    {
        public static void Emit(SourceWriter w, CodecModel model, GrammarEmitter grammars)
        {
            var f = model.Fragment;
            EmitEncode(w, model, f);
            EmitDecode(w, model, f);
            foreach (var r in f.Roots.Where(r => r.Relaxed != null))
            {
                EmitRelaxedWrite(w, f, r);
                EmitRelaxedRead(w, model, f, r, grammars);
            }
        }

        private static void EmitEncode(SourceWriter w, CodecModel model, FragmentModel f)
        {
            string union = f.UnionName;
            w.Summary("Encodes an EXI fragment holding one element (e.g. a signed element, whose digest is computed over these bytes). Allocates nothing.");
            w.Line("/// <param name=\"fragment\">The element to encode.</param>");
            w.Line("/// <param name=\"destination\">Where the EXI stream is written.</param>");
            w.Line("/// <returns>The number of bytes written.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema (with the element path), or the buffer is too small (<see cref=\"global::V2G.Exi.ExiBufferTooSmallException\"/>).</exception>");
            w.Open("public static int EncodeFragment(" + union + " fragment, global::System.Span<byte> destination)");
            w.Line("var writer = new global::V2G.Exi.ExiWriter(destination);");
            w.Line("writer.WriteHeader();");
            w.Line("// SD (0 bits), then FragmentContent: SE per element qname of the set (sorted), SE(*) = " + f.ElementCount + ", ED = " + (f.ElementCount + 1) + " (§8.5.3).");
            w.Open("switch (fragment.Root)");
            foreach (var r in f.Roots)
            {
                string local = EmitHelpers.Local(r.MemberName);
                w.Line("case " + f.ElementEnumName + "." + r.MemberName + " when fragment.Value is " + r.ClassName + " " + local + ":");
                w.Indent();
                w.Line("writer.WriteBits(" + r.DocumentCode + ", " + f.CodeWidth + ");");
                w.Open("try");
                w.Line(r.Relaxed != null ? "WriteRelaxed" + r.MemberName + "(ref writer, " + local + ");" : r.GrammarName + "Grammar.Write(ref writer, " + local + ");");
                w.Close();
                EmitHelpers.PathFilter(w, "e.PrependPathSegment(" + SourceWriter.Literal(r.LocalName) + ")");
                w.Line();
                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw new global::V2G.Exi.ExiEncodeException(\"The fragment has no content\", writer.BitPosition);");
            w.Outdent();
            w.Close();
            w.Line();
            w.Line("writer.WriteBits(" + (f.ElementCount + 1) + ", " + f.CodeWidth + "); // ED");
            w.Line("return writer.Finish();");
            w.Close();
            w.Line();
            CodecEmitter.EmitEncodeWrappers(w, "EncodeFragment", union, "fragment", "fragment");
        }

        private static void EmitDecode(SourceWriter w, CodecModel model, FragmentModel f)
        {
            string union = f.UnionName;
            w.Summary("Decodes an EXI fragment holding one element.");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <returns>The fragment.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiDecodeException\">The stream is truncated or malformed (with bit offset and element path).</exception>");
            w.Line("public static " + union + " DecodeFragment(global::System.ReadOnlySpan<byte> source) => DecodeFragment(source, global::V2G.Exi.ExiDecodeOptions.Default, out _);");
            w.Line();
            w.Summary("Decodes an EXI fragment holding one element and reports how many bytes it used.");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <param name=\"options\">Decoding options (e.g. lenient acceptance of string-table hits).</param>");
            w.Line("/// <param name=\"bytesConsumed\">Bytes up to and including the one holding the last bit of the stream.</param>");
            w.Line("/// <returns>The fragment.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiDecodeException\">The stream is truncated or malformed (with bit offset and element path).</exception>");
            w.Open("public static " + union + " DecodeFragment(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions options, out int bytesConsumed)");
            w.Line("var reader = new global::V2G.Exi.ExiReader(source, options.AllowStringTableHits ? new global::V2G.Exi.ExiStringTable() : null);");
            w.Line("reader.ReadHeader();");
            w.Line("long position = reader.BitPosition;");
            w.Line(union + " fragment;");
            w.Line("uint code = reader.ReadBits(" + f.CodeWidth + ");");
            w.Open("switch (code)");
            foreach (var r in f.Roots)
            {
                w.Line("case " + r.DocumentCode + ": // SE(" + r.LocalName + ")");
                w.Indent();
                w.Open("try");
                string read = r.Relaxed != null ? "ReadRelaxed" + r.MemberName + "(ref reader)" : r.GrammarName + "Grammar.Read(ref reader, 0)";
                w.Line("fragment = " + union + ".From" + r.MemberName + "(" + read + ");");
                w.Close();
                EmitHelpers.PathFilter(w, "e.PrependPathSegment(" + SourceWriter.Literal(r.LocalName) + ")");
                w.Line();
                w.Line("break;");
                w.Outdent();
            }

            w.Line("case " + (f.ElementCount + 1) + ":");
            w.Indent().Line("throw new global::V2G.Exi.ExiDecodeException(\"The fragment holds no element (ED right after SD)\", position);");
            w.Outdent();
            w.Line("default:");
            w.Indent().Line("throw new global::V2G.Exi.ExiDecodeException(\"The fragment's element (event code \" + code + \") is not one this codec decodes: an abstract or nillable element, SE(*), or a qname whose several declarations the relaxed grammar cannot map onto one type\", position);");
            w.Outdent();
            w.Close();
            w.Line();
            w.Line("position = reader.BitPosition;");
            w.Line("code = reader.ReadBits(" + f.CodeWidth + ");");
            w.Open("if (code != " + (f.ElementCount + 1) + ")");
            w.Line("throw new global::V2G.Exi.ExiDecodeException(\"Expected ED after the fragment's element, found event code \" + code + \": fragments with more than one element are not supported\", position);");
            w.Close();
            w.Line();
            w.Line("bytesConsumed = (int)((reader.BitPosition + 7) / 8);");
            w.Line("return fragment;");
            w.Close();
            w.Line();
            CodecEmitter.EmitTryDecode(w, "TryDecodeFragment", "DecodeFragment", union, "fragment");
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
            string expected = string.Join(", ", shape.Attributes.Select(a => "AT(" + a.LocalName + ")").Concat(new[] { "CH", "EE" }));
            w.Open("private static " + r.ClassName + " ReadRelaxed" + r.MemberName + "(ref global::V2G.Exi.ExiReader reader)");
            foreach (var a in shape.Attributes)
            {
                w.Line("string? " + EmitHelpers.Local(a.MemberName) + " = null;");
            }

            w.Line("string text = string.Empty;");
            w.Open("while (true)");
            w.Line("long position = reader.BitPosition;");
            w.Line("uint code = reader.ReadBits(" + g.StartWidth + ");");
            foreach (var a in shape.Attributes)
            {
                string local = EmitHelpers.Local(a.MemberName);
                w.Open("if (code == " + a.Code + " && " + local + " == null) // AT({" + a.Namespace + "}" + a.LocalName + ")");
                w.Line(local + " = Values.Read" + a.ValueName + "(ref reader, " + grammars.AttributeQName(a.LocalName, a.Namespace) + ");");
                w.Line("continue;");
                w.Close();
                w.Line();
            }

            w.Open("if (code == " + g.StartCharactersCode + ") // CH[untyped]: the value; only EE fits " + r.ClassName + " after it");
            w.Line("text = Values.Read" + shape.ValueName + "(ref reader, 0);");
            w.Line("position = reader.BitPosition;");
            w.Line("code = reader.ReadBits(" + g.ContentWidth + ");");
            w.Open("if (code != " + g.ContentEndElementCode + ")");
            w.Line("throw new global::V2G.Exi.ExiDecodeException(\"Event code \" + code + \" in ElementFragment_1 of " + r.LocalName + ": only EE fits " + r.ClassName + "\", position);");
            w.Close();
            w.Close();
            w.Line("else if (code != " + g.StartEndElementCode + ")");
            w.Line("{");
            w.Indent().Line("throw new global::V2G.Exi.ExiDecodeException(\"Event code \" + code + \" in ElementFragment_0 of " + r.LocalName + " does not fit " + r.ClassName + ": expected " + expected + " (each attribute once)\", position);");
            w.Close();
            w.Line();
            foreach (var a in shape.Attributes.Where(a => a.IsRequired))
            {
                w.Open("if (" + EmitHelpers.Local(a.MemberName) + " == null)");
                w.Line("throw new global::V2G.Exi.ExiDecodeException(\"The required attribute " + a.LocalName + " is missing\", position);");
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
