using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits the public encode/decode methods of one kind of EXI stream: documents (§8.5.1, DocContent and DocEnd)
    /// or fragments (§8.5.3, FragmentContent). Both are a header, an SE code choosing the root, the root's
    /// grammar, and an end: DocEnd's ED has 0 bits, FragmentContent's ED has a code.
    /// </summary>
    internal static class StreamEmitter
    {
        /// <summary>What differs between documents and fragments.</summary>
        internal sealed record StreamKind(
            string CodecName,
            string Noun,
            string Suffix,
            string UnionName,
            string EnumName,
            EquatableArray<RootModel> Roots,
            int CodeWidth,
            string ContentComment,
            int? EndCode,
            string UnknownRoot,
            int CodeValues);

        public static StreamKind Documents(CodecModel model) => new StreamKind(
            model.CodecName,
            "document",
            string.Empty,
            model.DocumentName,
            model.RootEnumName,
            model.Roots,
            model.DocumentCodeWidth,
            "SD (0 bits), then DocContent: one SE per global element, sorted by qname, and SE(*) (§8.5.1).",
            null,
            "The document's root element (event code \" + code + \") is not a root this codec decodes: an abstract or simple-typed global element, or SE(*)",
            model.DocumentCodeValues);

        public static StreamKind Fragments(CodecModel model)
        {
            var f = model.Fragment;
            return new StreamKind(
                model.CodecName,
                "fragment",
                "Fragment",
                f.UnionName,
                f.ElementEnumName,
                f.Roots,
                f.CodeWidth,
                "SD (0 bits), then FragmentContent: SE per element qname of the set (sorted), SE(*) = " + f.AnyElementCode + ", ED = " + f.EndDocumentCode + " (§8.5.3).",
                f.EndDocumentCode,
                "The fragment's element (event code \" + code + \") is not one this codec decodes: an abstract or nillable element, SE(*), or a qname whose several declarations the relaxed grammar cannot map onto one type",
                f.CodeValues);
        }

        public static void Emit(SourceWriter w, StreamKind kind)
        {
            EmitEncode(w, kind);
            EmitDecode(w, kind);
            EmitInterface(w, kind);
        }

        /// <summary>The same methods behind <c>IExiCodec&lt;T&gt;</c>, for code that works with any codec.</summary>
        private static void EmitInterface(SourceWriter w, StreamKind kind)
        {
            string t = kind.UnionName;
            string plural = kind.Noun == "document" ? "Documents" : "Fragments";
            string cls = plural + "Codec";
            string e = "Encode" + kind.Suffix;
            string d = "Decode" + kind.Suffix;
            string toXml = kind.Suffix + "ToXml";
            string fromXml = kind.Suffix + "FromXml";
            string c = kind.CodecName + ".";
            w.Summary("The " + kind.Noun + " methods of this codec as an <see cref=\"global::V2G.Exi.IExiCodec{T}\"/>.");
            w.Line("public static global::V2G.Exi.IExiCodec<" + t + "> " + plural + " { get; } = new " + cls + "();");
            w.Line();
            // Qualified: the members of this class have the names of the codec's static methods.
            w.Open("private sealed partial class " + cls + " : global::V2G.Exi.IExiCodec<" + t + ">, global::V2G.Exi.Tracing.IExiExplainer");
            w.Line("public int Encode(" + t + " value, global::System.Span<byte> destination) => " + c + e + "(value, destination);");
            w.Line();
            w.Line("public bool TryEncode(" + t + " value, global::System.Span<byte> destination, out int bytesWritten) => " + c + "Try" + e + "(value, destination, out bytesWritten);");
            w.Line();
            w.Line("public byte[] Encode(" + t + " value) => " + c + e + "(value);");
            w.Line();
            w.Line("public byte[] Encode(" + t + " value, global::V2G.Exi.ExiEncodeOptions options) => " + c + e + "(value, options);");
            w.Line();
            w.Line("public global::System.Collections.Generic.IReadOnlyList<global::V2G.Exi.Validation.ExiValidationIssue> Validate(" + t + " value) =>");
            w.Indent().Line(c + "Validate" + kind.Suffix + "(value);");
            w.Outdent();
            w.Line();
            w.Line("public " + t + " Decode(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions options, out int bytesConsumed) => " + c + d + "(source, options, out bytesConsumed);");
            w.Line();
            w.Line("public bool TryDecode(global::System.ReadOnlySpan<byte> source, out " + t + " value, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out global::V2G.Exi.ExiError? error) => " + c + "Try" + d + "(source, out value, out error);");
            w.Line();
            w.Line("public bool TryDecode(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions options, out " + t + " value, out int bytesConsumed, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out global::V2G.Exi.ExiError? error) =>");
            w.Indent().Line(c + "Try" + d + "(source, options, out value, out bytesConsumed, out error);");
            w.Outdent();
            w.Line();
            w.Line("public string ToXml(" + t + " value) => " + c + toXml + "(value);");
            w.Line();
            w.Line("public " + t + " FromXml(string xml) => " + c + fromXml + "(xml);");
            w.Line();
            w.Line("public global::V2G.Exi.Tracing.ExiTrace Explain(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions? options = null) => "
                + c + "Explain" + kind.Suffix + "(source, options);");
            w.Close();
            w.Line();
        }

        private static void EmitEncode(SourceWriter w, StreamKind kind)
        {
            string noun = kind.Noun;
            string method = "Encode" + kind.Suffix;
            string union = kind.UnionName;
            w.Summary("Encodes a " + noun + " into a caller's buffer. Allocates nothing.");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + " to encode.</param>");
            w.Line("/// <param name=\"destination\">Where the EXI stream is written.</param>");
            w.Line("/// <returns>The number of bytes written.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema (with the element path), or the buffer is too small (<see cref=\"global::V2G.Exi.ExiBufferTooSmallException\"/>).</exception>");
            w.Line("public static int " + method + "(" + union + " " + noun + ", global::System.Span<byte> destination) =>");
            w.Indent().Line(method + "(" + noun + ", destination, global::V2G.Exi.ExiEncodeOptions.Default);");
            w.Outdent();
            w.Line();

            w.Summary("Encodes a " + noun + " into a caller's buffer; returns false, without throwing, if the buffer is too small.");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + " to encode.</param>");
            w.Line("/// <param name=\"destination\">Where the EXI stream is written.</param>");
            w.Line("/// <param name=\"bytesWritten\">The number of bytes written, 0 if the buffer is too small.</param>");
            w.Line("/// <returns>True if the " + noun + " fit.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema (with the element path).</exception>");
            w.Open("public static bool Try" + method + "(" + union + " " + noun + ", global::System.Span<byte> destination, out int bytesWritten)");
            w.Line("var writer = new global::V2G.Exi.ExiWriter(destination, throwWhenFull: false);");
            w.Line("Write" + kind.Suffix + "(ref writer, " + noun + ");");
            w.Line("int length = writer.Finish();");
            w.Line("bytesWritten = writer.Overflowed ? 0 : length;");
            w.Line("return !writer.Overflowed;");
            w.Close();
            w.Line();

            w.Summary("Encodes a " + noun + " into a caller's buffer with <paramref name=\"options\"/>.");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + " to encode.</param>");
            w.Line("/// <param name=\"destination\">Where the EXI stream is written.</param>");
            w.Line("/// <param name=\"options\">Encoding options (e.g. length facets not checked).</param>");
            w.Line("/// <returns>The number of bytes written.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema (with the element path), or the buffer is too small (<see cref=\"global::V2G.Exi.ExiBufferTooSmallException\"/>).</exception>");
            w.Open("public static int " + method + "(" + union + " " + noun + ", global::System.Span<byte> destination, global::V2G.Exi.ExiEncodeOptions options)");
            w.Line("var writer = new global::V2G.Exi.ExiWriter(destination, throwWhenFull: true, options);");
            w.Line("Write" + kind.Suffix + "(ref writer, " + noun + ");");
            w.Line("return writer.Finish();");
            w.Close();
            w.Line();

            w.Summary("Encodes a " + noun + " into a new array of exactly its length.");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + " to encode.</param>");
            w.Line("/// <returns>The EXI stream.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema (with the element path).</exception>");
            w.Line("public static byte[] " + method + "(" + union + " " + noun + ") => " + method + "(" + noun + ", global::V2G.Exi.ExiEncodeOptions.Default);");
            w.Line();

            w.Summary("Encodes a " + noun + " with <paramref name=\"options\"/> into a new array of exactly its length.");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + " to encode.</param>");
            w.Line("/// <param name=\"options\">Encoding options (e.g. length facets not checked).</param>");
            w.Line("/// <returns>The EXI stream.</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiEncodeException\">The content breaks the schema (with the element path).</exception>");
            w.Open("public static byte[] " + method + "(" + union + " " + noun + ", global::V2G.Exi.ExiEncodeOptions options)");
            w.Line("// V2G messages fit in 8 KiB (certificate chains included); a larger one is measured there, then encoded once more.");
            w.Line("byte[] rented = global::System.Buffers.ArrayPool<byte>.Shared.Rent(8192);");
            w.Open("try");
            w.Line("var writer = new global::V2G.Exi.ExiWriter(rented, throwWhenFull: false, options);");
            w.Line("Write" + kind.Suffix + "(ref writer, " + noun + ");");
            w.Line("int length = writer.Finish();");
            w.Open("if (!writer.Overflowed)");
            w.Line("return new global::System.ReadOnlySpan<byte>(rented, 0, length).ToArray();");
            w.Close();
            w.Line();
            w.Line("byte[] exact = new byte[length];");
            w.Line(method + "(" + noun + ", exact, options);");
            w.Line("return exact;");
            w.Close();
            w.Line("finally");
            w.Line("{");
            w.Indent().Line("global::System.Buffers.ArrayPool<byte>.Shared.Return(rented);");
            w.Close();
            w.Close();
            w.Line();

            w.Open("private static void Write" + kind.Suffix + "(ref global::V2G.Exi.ExiWriter writer, " + union + " " + noun + ")");
            w.Line("writer.WriteHeader();");
            w.Line("// " + kind.ContentComment);
            w.Open("switch (" + noun + ".Root)");
            foreach (var r in kind.Roots)
            {
                string local = EmitHelpers.Local(r.MemberName);
                w.Line("case " + kind.EnumName + "." + r.MemberName + " when " + noun + ".Value is " + r.ClassName + " " + local + ":");
                w.Indent();
                w.Line("writer.WriteBits(" + r.DocumentCode + ", " + kind.CodeWidth + ");");
                w.Open("try");
                w.Line(r.Relaxed != null ? "WriteRelaxed" + r.MemberName + "(ref writer, " + local + ");" : r.GrammarName + "Grammar.Write(ref writer, " + local + ");");
                w.Close();
                EmitHelpers.PathFilter(w, "e.PrependPathSegment(" + SourceWriter.Literal(r.LocalName) + ")");
                w.Line();
                w.Line("break;");
                w.Outdent();
            }

            w.Line("default:");
            w.Indent().Line("throw new global::V2G.Exi.ExiEncodeException(\"The " + noun + " has no content\", writer.BitPosition);");
            w.Outdent();
            w.Close();
            w.Line();
            w.Line(kind.EndCode is int end ? "writer.WriteBits(" + end + ", " + kind.CodeWidth + "); // ED" : "// DocEnd: ED is the only production (0 bits).");
            w.Close();
            w.Line();
        }

        private static void EmitDecode(SourceWriter w, StreamKind kind)
        {
            string noun = kind.Noun;
            string method = "Decode" + kind.Suffix;
            string union = kind.UnionName;
            w.Summary("Decodes an EXI " + noun + ". Bytes after the end of the stream are ignored (some devices append them).");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <returns>The " + noun + ".</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiDecodeException\">The stream is malformed (with bit offset and element path); "
                + "<see cref=\"global::V2G.Exi.ExiEndOfStreamException\"/> when it is truncated, <see cref=\"global::V2G.Exi.ExiStringTableHitException\"/> for a string-table hit.</exception>");
            w.Line("public static " + union + " " + method + "(global::System.ReadOnlySpan<byte> source) => " + method + "(source, global::V2G.Exi.ExiDecodeOptions.Default, out _);");
            w.Line();
            w.Summary("Decodes an EXI " + noun + " and reports how many bytes it used; the rest are trailing bytes.");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <param name=\"options\">Decoding options (e.g. lenient acceptance of string-table hits).</param>");
            w.Line("/// <param name=\"bytesConsumed\">Bytes up to and including the one holding the last bit of the stream.</param>");
            w.Line("/// <returns>The " + noun + ".</returns>");
            w.Line("/// <exception cref=\"global::V2G.Exi.ExiDecodeException\">The stream is malformed or breaks a limit of the options (with bit offset and element path); "
                + "<see cref=\"global::V2G.Exi.ExiEndOfStreamException\"/> when it is truncated, <see cref=\"global::V2G.Exi.ExiStringTableHitException\"/> for a string-table hit.</exception>");
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"options\"/> is null.</exception>");
            w.Open("public static " + union + " " + method + "(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions options, out int bytesConsumed)");
            w.Line("var reader = new global::V2G.Exi.ExiReader(source, options, null, recordsErrors: true);");
            w.Line(union + " " + noun + " = Read" + kind.Suffix + "(ref reader);");
            w.Line("reader.ThrowIfFailed();");
            w.Line("bytesConsumed = (int)((reader.BitPosition + 7) / 8);");
            w.Line("return " + noun + ";");
            w.Close();
            w.Line();
            EmitExplain(w, kind);
            EmitRead(w, kind);
            EmitTryDecode(w, "Try" + method, "Read" + kind.Suffix, union, noun);
        }

        /// <summary>The explain method: the same decoder, with a recorder listening.</summary>
        private static void EmitExplain(SourceWriter w, StreamKind kind)
        {
            string noun = kind.Noun;
            w.Summary("Explains an EXI " + noun + " bit by bit: decodes it with a trace recorder listening, so every event and value is reported with its bit range.");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <param name=\"options\">Decoding options; null for the defaults.</param>");
            w.Line("/// <returns>The trace; when the stream does not decode, the events up to the failure and the error.</returns>");
            w.Open("public static global::V2G.Exi.Tracing.ExiTrace Explain" + kind.Suffix + "(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions? options = null)");
            w.Line("var trace = new global::V2G.Exi.Tracing.ExiTraceRecorder();");
            w.Line("var reader = new global::V2G.Exi.ExiReader(source, options ?? global::V2G.Exi.ExiDecodeOptions.Default, trace, recordsErrors: true);");
            w.Line("Read" + kind.Suffix + "(ref reader);");
            w.Line("return reader.Error is { } error ? trace.Fail(source, error) : trace.Complete(source, reader.BitPosition);");
            w.Close();
            w.Line();
        }

        /// <summary>The decoder of the stream: header, SD, the root's SE and grammar, ED.</summary>
        private static void EmitRead(SourceWriter w, StreamKind kind)
        {
            string noun = kind.Noun;
            string union = kind.UnionName;
            string content = kind.EndCode is null ? "DocContent" : "FragmentContent";
            string kindPrefix = "global::V2G.Exi.Tracing.ExiEventKind.";
            w.Summary("Reads the " + noun + " with a reader that records errors; on failure it returns default and the reader holds the error.");
            w.Open("private static " + union + " Read" + kind.Suffix + "(ref global::V2G.Exi.ExiReader reader)");
            w.Line("reader.ReadHeader();");
            w.Open("if (reader.Failed)");
            w.Line("return default;");
            w.Close();
            w.Line();
            w.Line("long position = reader.BitPosition;");
            w.Line("if (reader.Tracing) reader.TraceEvent(position, 0, " + kindPrefix + "StartDocument, null, \"" + (kind.EndCode is null ? "Document" : "Fragment") + "\", 0, 1);");
            w.Line(union + " " + noun + ";");
            w.Line("uint code = reader.ReadEventCode(" + kind.CodeWidth + ");");
            w.Open("switch (code)");
            foreach (var r in kind.Roots)
            {
                w.Line("case " + r.DocumentCode + ": // SE(" + r.LocalName + ")");
                w.Indent();
                w.Line("if (reader.Tracing) reader.TraceEvent(position, " + kind.CodeWidth + ", " + kindPrefix + "StartElement, "
                    + SourceWriter.Literal("{" + r.Namespace + "}" + r.LocalName) + ", \"" + content + "\", " + r.DocumentCode + ", " + kind.CodeValues + ");");
                string read = r.Relaxed != null ? "ReadRelaxed" + r.MemberName + "(ref reader)" : r.GrammarName + "Grammar.Read(ref reader, 0)";
                string local = "root" + r.MemberName;
                w.Line("var " + local + " = " + read + ";");
                w.Open("if (reader.FailedIn(" + SourceWriter.Literal(r.LocalName) + "))");
                w.Line("return default;");
                w.Close();
                w.Line();
                w.Line(noun + " = " + union + ".From" + r.MemberName + "(" + local + ");");
                w.Line("break;");
                w.Outdent();
            }

            if (kind.EndCode is int emptyEnd)
            {
                w.Line("case " + emptyEnd + ":");
                w.Indent().Line("reader.Fail(new global::V2G.Exi.ExiDecodeException(\"The fragment holds no element (ED right after SD)\", position));");
                w.Line("return default;");
                w.Outdent();
            }

            w.Line("default:");
            // Also the way out once the reader has failed: the code is then ExiReader.NoEventCode.
            w.Indent().Open("if (!reader.Failed)");
            w.Line("reader.Fail(new global::V2G.Exi.ExiDecodeException(\"" + kind.UnknownRoot + "\", position));");
            w.Close();
            w.Line();
            w.Line("return default;");
            w.Outdent();
            w.Close();
            w.Line();
            w.Line("position = reader.BitPosition;");
            if (kind.EndCode is int end)
            {
                w.Line("code = reader.ReadEventCode(" + kind.CodeWidth + ");");
                w.Open("if (code == global::V2G.Exi.ExiReader.NoEventCode)");
                w.Line("return default;");
                w.Close();
                w.Line();
                w.Open("if (code != " + end + ")");
                w.Line("reader.Fail(new global::V2G.Exi.ExiDecodeException(\"Expected ED after the fragment's element, found event code \" + code + \": fragments with more than one element are not supported\", position));");
                w.Line("return default;");
                w.Close();
                w.Line();
                w.Line("if (reader.Tracing) reader.TraceEvent(position, " + kind.CodeWidth + ", " + kindPrefix + "EndDocument, null, \"" + content + "\", " + end + ", " + kind.CodeValues + ");");
            }
            else
            {
                w.Line("// DocEnd: ED is the only production (0 bits).");
                w.Line("if (reader.Tracing) reader.TraceEvent(position, 0, " + kindPrefix + "EndDocument, null, \"DocEnd\", 0, 1);");
            }

            w.Line("return " + noun + ";");
            w.Close();
            w.Line();
        }

        /// <summary>The Try variants of a decode method: the same reader, recording its first error instead of throwing.</summary>
        private static void EmitTryDecode(SourceWriter w, string method, string read, string type, string noun)
        {
            string error = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out global::V2G.Exi.ExiError? error";
            w.Summary("Decodes an EXI " + noun + "; returns false, raising no exception, for any input that does not decode.");
            w.Line("/// <param name=\"source\">The EXI stream.</param>");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + ", when decoding succeeded.</param>");
            w.Line("/// <param name=\"error\">Why decoding failed (bit offset, element path), when it did.</param>");
            w.Line("/// <returns>True if the stream decoded.</returns>");
            w.Line("public static bool " + method + "(global::System.ReadOnlySpan<byte> source, out " + type + " " + noun + ", " + error + ") =>");
            w.Indent().Line(method + "(source, global::V2G.Exi.ExiDecodeOptions.Default, out " + noun + ", out _, out error);");
            w.Outdent();
            w.Line();
            w.Summary("Decodes an EXI " + noun + " with options; returns false, raising no exception, for any input that does not decode.");
            w.Line("/// <param name=\"source\">The EXI stream, starting with the header byte 0x80.</param>");
            w.Line("/// <param name=\"options\">Decoding options (string-table hits, facet validation, limits).</param>");
            w.Line("/// <param name=\"" + noun + "\">The " + noun + ", when decoding succeeded.</param>");
            w.Line("/// <param name=\"bytesConsumed\">Bytes up to and including the one holding the last bit of the stream; 0 on failure.</param>");
            w.Line("/// <param name=\"error\">Why decoding failed (bit offset, element path), when it did.</param>");
            w.Line("/// <returns>True if the stream decoded.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"options\"/> is null.</exception>");
            w.Open("public static bool " + method + "(global::System.ReadOnlySpan<byte> source, global::V2G.Exi.ExiDecodeOptions options, out " + type + " " + noun + ", out int bytesConsumed, " + error + ")");
            w.Line("var reader = new global::V2G.Exi.ExiReader(source, options, null, recordsErrors: true);");
            w.Line(noun + " = " + read + "(ref reader);");
            w.Open("if (reader.Error is { } failure)");
            w.Line(noun + " = default;");
            w.Line("bytesConsumed = 0;");
            w.Line("error = global::V2G.Exi.ExiError.From(failure);");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("bytesConsumed = (int)((reader.BitPosition + 7) / 8);");
            w.Line("error = null;");
            w.Line("return true;");
            w.Close();
            w.Line();
        }
    }
}
