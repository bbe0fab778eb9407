using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>Emits the message types: enums, classes, the root-element enum and the document union.</summary>
    internal static class TypesEmitter
    {
        public static string Emit(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            foreach (var e in model.Enums)
            {
                w.Summary(e.Documentation ?? "Values of the enumerated type " + e.Name + "; EXI encodes the index in this order.");
                w.Open("public enum " + e.Name);
                foreach (var m in e.Members)
                {
                    w.Summary("XML value \"" + m.XmlValue + "\".");
                    w.Line(m.Name + ",");
                }

                w.Close();
                w.Line();
            }

            foreach (var c in model.Classes)
            {
                EmitClass(w, c, model);
                w.Line();
            }

            EmitDocument(w, model);
            return EmitHelpers.FileFooter(w, model);
        }

        private static void EmitClass(SourceWriter w, ClassModel c, CodecModel model)
        {
            w.Summary(c.Documentation ?? "The XML Schema type " + c.XmlDescription + ".");
            string modifiers = c.IsAbstract ? "public abstract partial class " : "public partial class ";
            w.Open(modifiers + c.Name + (c.BaseName != null ? " : " + c.BaseName : string.Empty));
            foreach (var m in c.Members)
            {
                string type = EmitHelpers.MemberType(m, model);
                string doc = m.Documentation ?? EmitHelpers.Describe(m);
                w.Summary(doc);
                if (m.IsList)
                {
                    w.Line("public global::System.Collections.Generic.List<" + EmitHelpers.ItemType(m, model) + "> " + m.Name + " { get; set; } = new global::System.Collections.Generic.List<" + EmitHelpers.ItemType(m, model) + ">();");
                }
                else if (m.IsOptional || c.IsGroupItem)
                {
                    // Members of a repeated group's item are each optional on their own; the grammar checks the combination.
                    w.Line("public " + (m.IsOptional || type.EndsWith("?", System.StringComparison.Ordinal) ? type : type + "?") + " " + m.Name + " { get; set; }");
                }
                else
                {
                    w.Line("public required " + type + " " + m.Name + " { get; set; }");
                }

                w.Line();
            }

            w.Close();
        }

        private static void EmitDocument(SourceWriter w, CodecModel model)
        {
            w.Summary("The global elements that can be the root of a document of this schema set.");
            w.Open("public enum " + model.RootEnumName);
            foreach (var r in model.Roots)
            {
                w.Summary("Element {" + r.Namespace + "}" + r.LocalName + ".");
                w.Line(r.MemberName + ",");
            }

            w.Close();
            w.Line();
            w.Summary("A document of this schema set: which global element is the root, and its content. A closed union over " + model.RootEnumName + ".");
            w.Open("public readonly partial struct " + model.DocumentName + " : global::System.IEquatable<" + model.DocumentName + ">");
            w.Open("private " + model.DocumentName + "(" + model.RootEnumName + " root, object value)");
            w.Line("Root = root;");
            w.Line("Value = value;");
            w.Close();
            w.Line();
            w.Summary("The root element.");
            w.Line("public " + model.RootEnumName + " Root { get; }");
            w.Line();
            w.Summary("The root element's content (an instance of the class of the root element's type); null for a default instance.");
            w.Line("public object? Value { get; }");
            foreach (var r in model.Roots)
            {
                w.Line();
                w.Summary("The content if the root is " + r.LocalName + ", otherwise null.");
                w.Line("public " + r.ClassName + "? " + r.MemberName + " => Root == " + model.RootEnumName + "." + r.MemberName + " ? Value as " + r.ClassName + " : null;");
                w.Line();
                w.Summary("A document whose root is " + r.LocalName + ".");
                w.Line("public static " + model.DocumentName + " From" + r.MemberName + "(" + r.ClassName + " value) => new " + model.DocumentName + "(" + model.RootEnumName + "." + r.MemberName + ", value ?? throw new global::System.ArgumentNullException(nameof(value)));");
                if (r.UniqueClass)
                {
                    w.Line();
                    w.Summary("Wraps the content of a " + r.LocalName + " element as a document.");
                    w.Line("public static implicit operator " + model.DocumentName + "(" + r.ClassName + " value) => From" + r.MemberName + "(value);");
                }
            }

            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public bool Equals(" + model.DocumentName + " other) => Root == other.Root && ReferenceEquals(Value, other.Value);");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public override bool Equals(object? obj) => obj is " + model.DocumentName + " other && Equals(other);");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public override int GetHashCode() => global::System.HashCode.Combine(Root, Value);");
            w.Line();
            w.Summary("Compares two documents by root element and content reference.");
            w.Line("public static bool operator ==(" + model.DocumentName + " left, " + model.DocumentName + " right) => left.Equals(right);");
            w.Line();
            w.Summary("Compares two documents by root element and content reference.");
            w.Line("public static bool operator !=(" + model.DocumentName + " left, " + model.DocumentName + " right) => !left.Equals(right);");
            w.Close();
        }
    }
}
