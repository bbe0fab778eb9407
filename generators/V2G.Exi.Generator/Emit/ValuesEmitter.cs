using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits one codec per simple value (datatype plus facets): EXI write and read (§7.1), facet checks (strict by
    /// default when writing, on request when reading: a decoder is not a validator), and the XML lexical form, which
    /// like decoding takes any value the C# type holds.
    /// </summary>
    internal static class ValuesEmitter
    {
        public static void Emit(SourceWriter w, CodecModel model)
        {
            w.Summary("Value codecs: one per simple type and facet combination of the schema set.");
            w.Open("private static class Values");
            bool first = true;
            foreach (var v in model.Values)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                EmitValue(w, v, model);
            }

            w.Close();
        }

        private static void EmitValue(SourceWriter w, ValueModel v, CodecModel model)
        {
            string t = v.CSharpType;
            w.Line("// " + v.Description);
            w.Open("public static void Write" + v.Name + "(ref global::V2G.Exi.ExiWriter writer, " + t + " value)");
            EmitCheck(w, v, model, "global::V2G.Exi.ExiEncodeException", "writer.BitPosition", decoding: false);
            switch (v.Representation)
            {
                case ValueRepresentation.Boolean:
                    w.Line("writer.WriteBoolean(value);");
                    break;
                case ValueRepresentation.String:
                    w.Line("writer.WriteString(value);");
                    break;
                case ValueRepresentation.BinaryHex:
                case ValueRepresentation.BinaryBase64:
                    w.Line("writer.WriteBinary(value);");
                    break;
                case ValueRepresentation.Enumeration:
                    w.Line("writer.WriteBits((uint)value, " + v.Width + ");");
                    break;
                case ValueRepresentation.NBitUnsignedInteger:
                    w.Line("writer.WriteNBitUnsignedInteger((ulong)((long)value - " + Long(v.Offset) + "), " + v.Width + ");");
                    break;
                case ValueRepresentation.UnsignedInteger:
                    w.Line(IsBig(v) ? "writer.WriteUnsignedInteger(value);" : "writer.WriteUnsignedInteger((ulong)value);");
                    break;
                case ValueRepresentation.Integer:
                    w.Line(IsBig(v) ? "writer.WriteInteger(value);" : "writer.WriteInteger((long)value);");
                    break;
            }

            w.Close();
            w.Line();

            w.Open("public static " + t + " Read" + v.Name + "(ref global::V2G.Exi.ExiReader reader, int qname)");
            w.Line("long start = reader.BitPosition;");
            switch (v.Representation)
            {
                case ValueRepresentation.Boolean:
                    w.Line("var value = reader.ReadBoolean();");
                    break;
                case ValueRepresentation.String:
                    w.Line("var value = reader.ReadString(qname);");
                    break;
                case ValueRepresentation.BinaryHex:
                case ValueRepresentation.BinaryBase64:
                    w.Line("var value = reader.ReadBinary();");
                    break;
                case ValueRepresentation.Enumeration:
                    {
                        int count = EmitHelpers.EnumCount(model, v.EnumName!);
                        w.Line("uint index = reader.ReadBits(" + v.Width + ");");
                        w.Line("if (index >= " + count + ")");
                        w.Line("{");
                        w.Indent();
                        w.Line("reader.Fail(new global::V2G.Exi.ExiDecodeException(\"Value out of range: enumeration index \" + index + \" is not one of the " + count + " values\", start));");
                        w.Line("return default;");
                        w.Close();
                        w.Line();
                        w.Line("var value = (" + t + ")index;");
                        break;
                    }

                case ValueRepresentation.NBitUnsignedInteger:
                    if (FieldExceedsType(v))
                    {
                        w.Line("long number = " + Long(v.Offset) + " + (long)reader.ReadNBitUnsignedInteger(" + v.Width + ");");
                        EmitBound(w, v, "number > " + t + ".MaxValue", "number", t + ".MaxValue", above: true);
                        w.Line("var value = (" + t + ")number;");
                    }
                    else
                    {
                        w.Line("var value = (" + t + ")(" + Long(v.Offset) + " + (long)reader.ReadNBitUnsignedInteger(" + v.Width + "));");
                    }

                    break;
                case ValueRepresentation.UnsignedInteger:
                    if (IsBig(v))
                    {
                        w.Line("var value = reader.ReadUnsignedBigInteger();");
                    }
                    else
                    {
                        w.Line("ulong number = reader.ReadUnsignedInteger();");
                        EmitDecodedRange(w, v, "number");
                        w.Line("var value = (" + t + ")number;");
                    }

                    break;
                case ValueRepresentation.Integer:
                    if (IsBig(v))
                    {
                        w.Line("var value = reader.ReadBigInteger();");
                    }
                    else
                    {
                        w.Line("long number = reader.ReadInteger();");
                        EmitDecodedRange(w, v, "number");
                        w.Line("var value = (" + t + ")number;");
                    }

                    break;
            }

            EmitStrictDecodeCheck(w, v);
            w.Line("if (reader.Tracing) reader.TraceValue(start, \"" + Datatype(v.Representation) + "\", " + (Representation(v) is { } r ? SourceWriter.Literal(r) : "null")
                + ", Format" + v.Name + "(value));");
            w.Line("return value;");
            w.Close();
            w.Line();

            EmitFormat(w, v, model);
            w.Line();
            EmitParse(w, v, model);
            if (HasFacets(v))
            {
                w.Line();
                EmitViolation(w, v);
            }
        }

        /// <summary>Whether a value has facets beyond what its C# type guarantees (so it has a Violation method).</summary>
        public static bool HasFacets(ValueModel v) => v.Representation switch
        {
            ValueRepresentation.String or ValueRepresentation.BinaryHex or ValueRepresentation.BinaryBase64 =>
                v.MinLength.GetValueOrDefault() > 0 || v.MaxLength.HasValue,
            ValueRepresentation.NBitUnsignedInteger or ValueRepresentation.UnsignedInteger or ValueRepresentation.Integer =>
                FacetBounds(v).Min != null || FacetBounds(v).Max != null,
            _ => false,
        };

        /// <summary>The facet a value breaks in the schema's words (<c>maxInclusive 20</c>, <c>length 16</c>), or null.</summary>
        private static void EmitViolation(SourceWriter w, ValueModel v)
        {
            string t = v.CSharpType + (v.IsValueType ? string.Empty : "?");
            string min = (v.MinLength ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string max = v.MaxLength.HasValue ? v.MaxLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "int.MaxValue";
            string body = v.Representation switch
            {
                ValueRepresentation.String => "global::V2G.Exi.ExiFacets.StringLengthViolation(value, " + min + ", " + max + ")",
                ValueRepresentation.BinaryHex or ValueRepresentation.BinaryBase64 => "global::V2G.Exi.ExiFacets.BinaryLengthViolation(value, " + min + ", " + max + ")",
                _ => RangeViolation(v),
            };
            w.Line("public static string? Violation" + v.Name + "(" + t + " value) => " + body + ";");
        }

        private static string RangeViolation(ValueModel v)
        {
            var (lower, upper) = FacetBounds(v);
            string result = "null";
            if (upper != null)
            {
                result = "value > " + Literal(v.CSharpType, upper) + " ? \"maxInclusive " + upper + "\" : " + result;
            }

            if (lower != null)
            {
                result = "value < " + Literal(v.CSharpType, lower) + " ? \"minInclusive " + lower + "\" : " + result;
            }

            return result;
        }

        /// <summary>The range facets the C# type does not already guarantee (null where it does).</summary>
        private static (string? Min, string? Max) FacetBounds(ValueModel v) =>
            (v.MinValue != null && !TypeMinimumIs(v.CSharpType, v.MinValue) ? v.MinValue : null,
             v.MaxValue != null && !TypeMaximumIs(v.CSharpType, v.MaxValue) ? v.MaxValue : null);

        /// <summary>
        /// Strict decoding refuses a value outside its facets at its bit offset; the default keeps it (Validate lists it).
        /// Length facets have their own switch (ExiDecodeOptions.IgnoreLengthFacets).
        /// </summary>
        private static void EmitStrictDecodeCheck(SourceWriter w, ValueModel v)
        {
            if (!HasFacets(v))
            {
                return;
            }

            bool length = v.Representation is ValueRepresentation.String or ValueRepresentation.BinaryHex or ValueRepresentation.BinaryBase64;
            w.Line("if (" + (length ? "reader.ChecksLengthFacets" : "reader.ChecksFacets") + " && Violation" + v.Name + "(value) is { } rule)");
            w.Line("{");
            w.Indent().Line("reader.Fail(reader.FacetViolationError(start, global::V2G.Exi.ExiFacets.Quote(Format" + v.Name + "(value)), rule));");
            w.Line("return default!;");
            w.Close();
            w.Line();
        }

        /// <summary>Whether an n-bit field carries values (up to offset + 2^n - 1) beyond what the C# type holds.</summary>
        private static bool FieldExceedsType(ValueModel v)
        {
            var fieldMax = System.Numerics.BigInteger.Parse(v.Offset, System.Globalization.CultureInfo.InvariantCulture)
                + (System.Numerics.BigInteger.One << v.Width) - 1;
            return v.CSharpType switch
            {
                "sbyte" => fieldMax > sbyte.MaxValue,
                "byte" => fieldMax > byte.MaxValue,
                "short" => fieldMax > short.MaxValue,
                "ushort" => fieldMax > ushort.MaxValue,
                "int" => fieldMax > int.MaxValue,
                "uint" => fieldMax > uint.MaxValue,
                _ => false,
            };
        }

        private static bool IsBig(ValueModel v) => v.CSharpType.EndsWith("BigInteger", System.StringComparison.Ordinal);

        private static string Long(string number) => number.StartsWith("-", System.StringComparison.Ordinal) ? "(" + number + "L)" : number + "L";

        /// <summary>
        /// A decoded integer the C# type cannot hold is an error in every mode (the model has no place for it); one
        /// outside the facets but inside the type is checked by the strict decode check.
        /// </summary>
        private static void EmitDecodedRange(SourceWriter w, ValueModel v, string variable)
        {
            string t = v.CSharpType;
            if (v.Representation == ValueRepresentation.Integer && t != "long")
            {
                EmitBound(w, v, variable + " < " + t + ".MinValue", variable, t + ".MinValue", above: false);
            }

            if (t != "long" && t != "ulong")
            {
                EmitBound(w, v, variable + " > " + t + ".MaxValue", variable, t + ".MaxValue", above: true);
            }
        }

        private static void EmitBound(SourceWriter w, ValueModel v, string condition, string variable, string bound, bool above)
        {
            w.Line("if (" + condition + ")");
            w.Line("{");
            w.Indent();
            w.Line("reader.Fail(reader.ValueOutOfRangeError(start, " + variable + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture), "
                + bound + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" (the model's " + v.CSharpType + ")\", above: " + (above ? "true" : "false") + "));");
            w.Line("return default;");
            w.Close();
            w.Line();
        }

        /// <summary>The EXI datatype family of a representation, as the reference traces name it.</summary>
        private static string Datatype(ValueRepresentation representation) => representation switch
        {
            ValueRepresentation.Boolean => "BOOLEAN",
            ValueRepresentation.Integer => "INTEGER",
            ValueRepresentation.UnsignedInteger => "UNSIGNED_INTEGER",
            ValueRepresentation.NBitUnsignedInteger => "NBIT_UNSIGNED_INTEGER",
            ValueRepresentation.Enumeration => "ENUMERATION",
            ValueRepresentation.BinaryHex => "BINARY_HEX",
            ValueRepresentation.BinaryBase64 => "BINARY_BASE64",
            _ => "STRING",
        };

        /// <summary>How a value is laid out in bits; null where the reader knows better (a string's or binary's length).</summary>
        private static string? Representation(ValueModel v) => v.Representation switch
        {
            ValueRepresentation.Boolean => "boolean 1 bit",
            ValueRepresentation.Integer => "sign bit and unsigned 7-bit groups",
            ValueRepresentation.UnsignedInteger => "unsigned 7-bit groups",
            ValueRepresentation.NBitUnsignedInteger => "n-bit " + v.Width + " offset " + v.Offset,
            ValueRepresentation.Enumeration => "enumeration index " + v.Width + " bits",
            _ => null,
        };

        /// <summary>Facet checks that the C# type does not already guarantee.</summary>
        private static void EmitCheck(SourceWriter w, ValueModel v, CodecModel model, string exception, string position, bool decoding)
        {
            switch (v.Representation)
            {
                case ValueRepresentation.String:
                    if (!decoding)
                    {
                        w.Line("if (value is null)");
                        w.Line("{");
                        w.Indent().Line("throw new " + exception + "(\"A required string value is null\", " + position + ");");
                        w.Close();
                        w.Line();
                    }

                    if (v.MinLength.HasValue || v.MaxLength.HasValue)
                    {
                        EmitLengthCheck(w, decoding, "global::V2G.Exi.ExiFacets.CheckStringLength<" + exception + ">(value, " + EncodedMinLength(v) + ", " + (v.MaxLength ?? int.MaxValue) + ", " + position + ");");
                    }

                    break;
                case ValueRepresentation.BinaryHex:
                case ValueRepresentation.BinaryBase64:
                    if (!decoding)
                    {
                        w.Line("if (value is null)");
                        w.Line("{");
                        w.Indent().Line("throw new " + exception + "(\"A required binary value is null\", " + position + ");");
                        w.Close();
                        w.Line();
                    }

                    if (v.MinLength.HasValue || v.MaxLength.HasValue)
                    {
                        EmitLengthCheck(w, decoding, "global::V2G.Exi.ExiFacets.CheckBinaryLength<" + exception + ">(value.Length, " + EncodedMinLength(v) + ", " + (v.MaxLength ?? int.MaxValue) + ", " + position + ");");
                    }

                    break;
                case ValueRepresentation.Enumeration when !decoding:
                    w.Line("if ((uint)value >= " + EmitHelpers.EnumCount(model, v.EnumName!) + "u)");
                    w.Line("{");
                    w.Indent().Line("throw new " + exception + "(\"Value \" + value + \" is not defined in " + v.CSharpType + "\", " + position + ");");
                    w.Close();
                    w.Line();
                    break;
                case ValueRepresentation.NBitUnsignedInteger when !decoding:
                case ValueRepresentation.UnsignedInteger when !decoding:
                case ValueRepresentation.Integer when !decoding:
                    EmitRangeCheck(w, v, "throw new " + exception + "(\"Value \" + value + \" is outside the range " + (v.MinValue ?? "-inf") + " to " + (v.MaxValue ?? "+inf") + "\", " + position + ");", "writer.ChecksFacets");
                    break;
            }
        }

        /// <summary>
        /// The least length the strict encoder writes: xs:length, but not xs:minLength, which stays what it was before
        /// decoding became lenient (production vehicles send an ISO-2 eMAID of 9 characters against minLength 14, and
        /// stacks re-encode what they received); Validate and strict decoding report it.
        /// </summary>
        private static int EncodedMinLength(ValueModel v) => v.MinLength == v.MaxLength ? v.MinLength ?? 0 : 0;

        /// <summary>
        /// A length facet check, which a reader or writer may be told to skip: EXI carries each length, and ISO 15118-20
        /// itself sends values its XSD's length facets contradict.
        /// </summary>
        private static void EmitLengthCheck(SourceWriter w, bool decoding, string check)
        {
            w.Line(decoding ? "if (reader.ChecksLengthFacets)" : "if (writer.ChecksLengthFacets)");
            w.Line("{");
            w.Indent().Line(check);
            w.Close();
        }

        /// <summary>The facet range of an integer value (the C# type's own range is checked where the value is made).</summary>
        private static void EmitRangeCheck(SourceWriter w, ValueModel v, string throwStatement, string? guard = null)
        {
            var conditions = new System.Collections.Generic.List<string>();
            if (v.MinValue != null && !TypeMinimumIs(v.CSharpType, v.MinValue))
            {
                conditions.Add("value < " + Literal(v.CSharpType, v.MinValue));
            }

            if (v.MaxValue != null && !TypeMaximumIs(v.CSharpType, v.MaxValue))
            {
                conditions.Add("value > " + Literal(v.CSharpType, v.MaxValue));
            }

            if (v.Representation == ValueRepresentation.UnsignedInteger && v.MinValue == null)
            {
                conditions.Add("value < 0");
            }

            if (conditions.Count > 0)
            {
                string test = string.Join(" || ", conditions);
                w.Line("if (" + (guard == null ? test : guard + " && (" + test + ")") + ")");
                w.Line("{");
                w.Indent().Line(throwStatement);
                w.Close();
                w.Line();
            }
        }

        private static string Literal(string type, string number) => type switch
        {
            "ulong" => number + "UL",
            "long" => Long(number),
            "uint" => number + "U",
            _ => number.StartsWith("-", System.StringComparison.Ordinal) ? "(" + number + ")" : number,
        };

        private static bool TypeMinimumIs(string type, string min) => type switch
        {
            "byte" or "ushort" or "uint" or "ulong" => min == "0",
            "sbyte" => min == sbyte.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "short" => min == short.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "int" => min == int.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "long" => min == long.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => false,
        };

        private static bool TypeMaximumIs(string type, string max) => type switch
        {
            "byte" => max == byte.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "ushort" => max == ushort.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "uint" => max == uint.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "ulong" => max == ulong.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "sbyte" => max == sbyte.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "short" => max == short.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "int" => max == int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "long" => max == long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => false,
        };

        private static void EmitFormat(SourceWriter w, ValueModel v, CodecModel model)
        {
            w.Open("public static string Format" + v.Name + "(" + v.CSharpType + " value)");
            switch (v.Representation)
            {
                case ValueRepresentation.Boolean:
                    w.Line("return value ? \"true\" : \"false\";");
                    break;
                case ValueRepresentation.String:
                    w.Line("return value;");
                    break;
                case ValueRepresentation.BinaryHex:
                    w.Line("return global::System.Convert.ToHexString(value);");
                    break;
                case ValueRepresentation.BinaryBase64:
                    w.Line("return global::System.Convert.ToBase64String(value);");
                    break;
                case ValueRepresentation.Enumeration:
                    w.Open("return value switch");
                    foreach (var m in EmitHelpers.Enum(model, v.EnumName!).Members)
                    {
                        w.Line(v.EnumName + "." + m.Name + " => " + SourceWriter.Literal(m.XmlValue) + ",");
                    }

                    w.Line("_ => throw new global::V2G.Exi.ExiEncodeException(\"Value \" + value + \" is not defined in " + v.EnumName + "\", -1),");
                    w.Close(";");
                    break;
                default:
                    w.Line("return value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
                    break;
            }

            w.Close();
        }

        private static void EmitParse(SourceWriter w, ValueModel v, CodecModel model)
        {
            w.Open("public static " + v.CSharpType + " Parse" + v.Name + "(string text)");
            switch (v.Representation)
            {
                case ValueRepresentation.Boolean:
                    w.Open("return text.Trim() switch");
                    w.Line("\"true\" or \"1\" => true,");
                    w.Line("\"false\" or \"0\" => false,");
                    w.Line("_ => throw new global::V2G.Exi.ExiXmlException(\"'\" + text + \"' is not a boolean\"),");
                    w.Close(";");
                    break;
                case ValueRepresentation.String:
                    w.Line("return text;");
                    break;
                case ValueRepresentation.BinaryHex:
                case ValueRepresentation.BinaryBase64:
                    w.Line("return global::V2G.Exi.ExiXmlValues." + (v.Representation == ValueRepresentation.BinaryHex ? "ParseHex" : "ParseBase64") + "(text);");
                    break;
                case ValueRepresentation.Enumeration:
                    w.Open("return text.Trim() switch");
                    foreach (var m in EmitHelpers.Enum(model, v.EnumName!).Members)
                    {
                        w.Line(SourceWriter.Literal(m.XmlValue) + " => " + v.EnumName + "." + m.Name + ",");
                    }

                    w.Line("_ => throw new global::V2G.Exi.ExiXmlException(\"'\" + text + \"' is not a value of " + v.EnumName + "\"),");
                    w.Close(";");
                    break;
                default:
                    // Only what the C# type cannot hold is refused: facets are the encoder's and Validate's to check.
                    w.Line("return global::V2G.Exi.ExiXmlValues.ParseInteger<" + v.CSharpType + ">(text);");
                    break;
            }

            w.Close();
        }
    }
}
