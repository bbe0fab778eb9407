using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits the JSON form of each simple value: booleans as true/false, integers of any size as JSON numbers with their
    /// exact digits, enumerations, strings and binary values as strings in the lexical form of the XML side
    /// (<c>Values.Format*</c>/<c>Parse*</c>, so facets are checked the same way).
    /// </summary>
    internal static class JsonValuesEmitter
    {
        private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
        private const string Element = "global::System.Text.Json.JsonElement";
        private const string Runtime = "global::V2G.Exi.ExiJsonValues";

        public static void Emit(SourceWriter w, CodecModel model)
        {
            w.Summary("JSON value readers and writers: one pair per simple type and facet combination of the schema set.");
            w.Open("private static class JsonValues");
            bool first = true;
            foreach (var v in model.Values)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                w.Line("// " + v.Description);
                w.Line("public static void Write" + v.Name + "(" + Writer + " writer, " + v.CSharpType + " value) => " + WriteExpression(v) + ";");
                w.Line();
                EmitRead(w, v);
            }

            w.Close();
        }

        private static string WriteExpression(ValueModel v)
        {
            switch (v.Representation)
            {
                case ValueRepresentation.Boolean:
                    return "writer.WriteBooleanValue(value)";
                case ValueRepresentation.String:
                    return "writer.WriteStringValue(value)";
                case ValueRepresentation.BinaryHex:
                case ValueRepresentation.BinaryBase64:
                case ValueRepresentation.Enumeration:
                    return "writer.WriteStringValue(Values.Format" + v.Name + "(value))";
                default:
                    // The exact digits, never through a double: xs:integer and unsignedLong values exceed 2^53.
                    return v.CSharpType switch
                    {
                        "int" or "long" or "uint" or "ulong" => "writer.WriteNumberValue(value)",
                        "sbyte" or "byte" or "short" or "ushort" => "writer.WriteNumberValue((int)value)",
                        _ => "writer.WriteRawValue(Values.Format" + v.Name + "(value), skipInputValidation: true)",
                    };
            }
        }

        private static void EmitRead(SourceWriter w, ValueModel v)
        {
            w.Open("public static " + v.CSharpType + " Read" + v.Name + "(" + Element + " element)");
            if (v.Representation == ValueRepresentation.Boolean)
            {
                w.Line("return " + Runtime + ".ReadBoolean(element);");
                w.Close();
                return;
            }

            string text = v.Representation switch
            {
                ValueRepresentation.String => Runtime + ".StringText(element, \"a string\")",
                ValueRepresentation.BinaryHex => Runtime + ".StringText(element, \"a string of hex digits (hexBinary)\")",
                ValueRepresentation.BinaryBase64 => Runtime + ".StringText(element, \"a base64 string (base64Binary)\")",
                ValueRepresentation.Enumeration => Runtime + ".StringText(element, \"a string (a value of " + v.EnumName + ")\")",
                _ => Runtime + ".NumberText(element)",
            };
            w.Line("string text = " + text + ";");
            w.Open("try");
            w.Line("return Values.Parse" + v.Name + "(text);");
            w.Close();
            w.Line("catch (global::V2G.Exi.ExiXmlException e)");
            w.Line("{");
            w.Indent().Line("// The lexical checks are the XML form's; their reason holds for JSON too.");
            w.Line("throw new global::V2G.Exi.ExiJsonException(e.Reason, e);");
            w.Close();
            w.Close();
        }
    }
}
