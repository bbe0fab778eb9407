using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>Emits the codec's public surface (document grammar §8.5.1 around the type grammars) and its internals.</summary>
    internal static class CodecEmitter
    {
        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            string doc = model.DocumentName;
            w.Summary("Schema-informed EXI codec (V2G profile: non-strict, bit-packed, header 0x80, no string table) for the documents of this schema set.");
            w.Open("static partial class " + model.CodecName);
            EmitEncode(w, model, doc);
            EmitDecode(w, model, doc);
            var grammars = new GrammarEmitter(model);
            FragmentEmitter.Emit(w, model, grammars);
            ValuesEmitter.Emit(w, model);
            foreach (var g in model.Grammars)
            {
                w.Line();
                grammars.Emit(w, g);
            }

            w.Close();
            return EmitHelpers.FileFooter(w, model);
        }

        private static void EmitEncode(SourceWriter w, CodecModel model, string doc)
        {
            w.Summary("Encodes a document into a caller's buffer. Allocates nothing.");
            w.Line("/// <param name=\"document\">The document to encode.</param>");
            w.Line("/// <param name=\"destination\">Where the EXI stream is written.</param>");
            w.Line("/// <returns>The number of bytes written.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema (with the element path), or the buffer is too small (<see cref=\"global::V2G.Exi.ExiBufferTooSmallException\"/>).</exception>");
            w.Open("public static int Encode(" + doc + " document, global::System.Span<byte> destination)");
            w.Line("var writer = new global::V2G.Exi.ExiWriter(destination);");
            w.Line("writer.WriteHeader();");
            w.Line("// SD (0 bits), then DocContent: one SE per global element, sorted by qname, and SE(*) (§8.5.1).");
            w.Open("switch (document.Root)");
            foreach (var r in model.Roots)
            {
                w.Line("case " + model.RootEnumName + "." + r.MemberName + " when document.Value is " + r.ClassName + " " + EmitHelpers.Local(r.MemberName) + ":");
                w.Indent();
                w.Line("writer.WriteBits(" + r.DocumentCode + ", " + model.DocumentCodeWidth + ");");
                w.Open("try");
                w.Line(r.GrammarName + "Grammar.Write(ref writer, " + EmitHelpers.Local(r.MemberName) + ");");
                w.Close();
                EmitHelpers.PathFilter(w, "e.PrependPathSegment(" + SourceWriter.Literal(r.LocalName) + ")");
                w.Line();
                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw new global::V2G.Exi.ExiEncodeException(\"The document has no content\", writer.BitPosition);");
            w.Outdent();
            w.Close();
            w.Line();
            w.Line("// DocEnd: ED is the only production (0 bits).");
            w.Line("return writer.Finish();");
            w.Close();
            w.Line();

            EmitEncodeWrappers(w, "Encode", doc, "document", "document");
        }

        /// <summary>The Try variant and the array-returning variant of an encode method (Name(value, Span&lt;byte&gt;) must exist).</summary>
        public static void EmitEncodeWrappers(SourceWriter w, string method, string type, string parameter, string noun)
        {
            w.Summary("Encodes a " + noun + " into a caller's buffer; returns false only if the buffer is too small.");
            w.Line("/// <param name=\"" + parameter + "\">The " + noun + " to encode.</param>");
            w.Line("/// <param name=\"destination\">Where the EXI stream is written.</param>");
            w.Line("/// <param name=\"bytesWritten\">The number of bytes written, 0 on failure.</param>");
            w.Line("/// <returns>True if the " + noun + " fit.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema.</exception>");
            w.Open("public static bool Try" + method + "(" + type + " " + parameter + ", global::System.Span<byte> destination, out int bytesWritten)");
            w.Open("try");
            w.Line("bytesWritten = " + method + "(" + parameter + ", destination);");
            w.Line("return true;");
            w.Close();
            w.Line("catch (global::V2G.Exi.ExiBufferTooSmallException)");
            w.Line("{");
            w.Indent();
            w.Line("bytesWritten = 0;");
            w.Line("return false;");
            w.Close();
            w.Close();
            w.Line();

            w.Summary("Encodes a " + noun + " into a new array.");
            w.Line("/// <param name=\"" + parameter + "\">The " + noun + " to encode.</param>");
            w.Line("/// <returns>The EXI stream.</returns>");
            w.Open("public static byte[] " + method + "(" + type + " " + parameter + ")");
            w.Line("// V2G messages fit in 8 KiB (certificate chains included); larger ones retry with a bigger pooled buffer.");
            w.Open("for (int size = 8192; ; size *= 4)");
            w.Line("byte[] rented = global::System.Buffers.ArrayPool<byte>.Shared.Rent(size);");
            w.Open("try");
            w.Open("if (Try" + method + "(" + parameter + ", rented, out int written))");
            w.Line("return new global::System.ReadOnlySpan<byte>(rented, 0, written).ToArray();");
            w.Close();
            w.Close();
            w.Line("finally");
            w.Line("{");
            w.Indent().Line("global::System.Buffers.ArrayPool<byte>.Shared.Return(rented);");
            w.Close();
            w.Line();
            w.Open("if (size > 64 * 1024 * 1024)");
            w.Line("throw new global::V2G.Exi.ExiEncodeException(\"The " + noun + " does not fit in 64 MiB\", -1);");
            w.Close();
            w.Close();
            w.Close();
            w.Line();
        }

        private static void EmitDecode(SourceWriter w, CodecModel model, string doc)
        {
            w.Summary("Decodes an EXI stream. Bytes after the end of the stream are ignored (some devices append them).");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <returns>The document.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiDecodeException\">The stream is truncated or malformed (with bit offset and element path).</exception>");
            w.Line("public static " + doc + " Decode(global::System.ReadOnlySpan<byte> source) => Decode(source, global::V2G.Exi.ExiDecodeOptions.Default, out _);");
            w.Line();
            w.Summary("Decodes an EXI stream and reports how many bytes it used; the rest are trailing bytes.");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <param name=\"options\">Decoding options (e.g. lenient acceptance of string-table hits).</param>");
            w.Line("/// <param name=\"bytesConsumed\">Bytes up to and including the one holding the last bit of the stream.</param>");
            w.Line("/// <returns>The document.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiDecodeException\">The stream is truncated or malformed (with bit offset and element path).</exception>");
            w.Open("public static " + doc + " Decode(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions options, out int bytesConsumed)");
            w.Line("var reader = new global::V2G.Exi.ExiReader(source, options.AllowStringTableHits ? new global::V2G.Exi.ExiStringTable() : null);");
            w.Line("reader.ReadHeader();");
            w.Line("long position = reader.BitPosition;");
            w.Line(doc + " document;");
            w.Line("uint code = reader.ReadBits(" + model.DocumentCodeWidth + ");");
            w.Open("switch (code)");
            foreach (var r in model.Roots)
            {
                w.Line("case " + r.DocumentCode + ": // SE(" + r.LocalName + ")");
                w.Indent();
                w.Open("try");
                w.Line("document = " + doc + ".From" + r.MemberName + "(" + r.GrammarName + "Grammar.Read(ref reader, 0));");
                w.Close();
                EmitHelpers.PathFilter(w, "e.PrependPathSegment(" + SourceWriter.Literal(r.LocalName) + ")");
                w.Line();
                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw new global::V2G.Exi.ExiDecodeException(\"The document's root element (event code \" + code + \") is not a root this codec decodes: an abstract or simple-typed global element, or SE(*)\", position);");
            w.Outdent();
            w.Close();
            w.Line();
            w.Line("// DocEnd: ED is the only production (0 bits).");
            w.Line("bytesConsumed = (int)((reader.BitPosition + 7) / 8);");
            w.Line("return document;");
            w.Close();
            w.Line();
            EmitTryDecode(w, "TryDecode", "Decode", doc, "document");
        }

        /// <summary>The Try variant of a decode method.</summary>
        public static void EmitTryDecode(SourceWriter w, string method, string decode, string type, string noun)
        {
            w.Summary("Decodes an EXI stream without throwing for malformed input.");
            w.Line("/// <param name=\"source\">The EXI stream.</param>");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + ", when decoding succeeded.</param>");
            w.Line("/// <param name=\"error\">Why decoding failed (bit offset, element path), when it did.</param>");
            w.Line("/// <returns>True if the stream decoded.</returns>");
            w.Open("public static bool " + method + "(global::System.ReadOnlySpan<byte> source, out " + type + " " + noun + ", [global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out global::V2G.Exi.ExiError? error)");
            w.Open("try");
            w.Line(noun + " = " + decode + "(source);");
            w.Line("error = null;");
            w.Line("return true;");
            w.Close();
            w.Line("catch (global::V2G.Exi.ExiDecodeException e)");
            w.Line("{");
            w.Indent().Line(noun + " = default;");
            w.Line("error = global::V2G.Exi.ExiError.From(e);");
            w.Line("return false;");
            w.Close();
            w.Close();
            w.Line();
        }
    }
}
