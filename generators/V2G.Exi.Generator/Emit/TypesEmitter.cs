using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>Emits the message types: enums, classes, the root-element enum and the document union.</summary>
    internal static class TypesEmitter
    {
        /// <summary>The document and fragment unions of one codec.</summary>
        public static string EmitUnions(CodecModel model)
        {
            var w = EmitHelpers.FileHeader(model);
            EmitDocument(w, model);
            return EmitHelpers.FileFooter(w, model);
        }

        /// <summary>
        /// Every enum and class of the codec, each as its own declaration text, so that codecs of one assembly
        /// and namespace that share schema types (ISO 15118-20's CommonTypes, xmldsig) declare them once.
        /// </summary>
        public static List<TypeDeclaration> EmitDeclarations(CodecModel model)
        {
            var result = new List<TypeDeclaration>();
            foreach (var e in model.Enums)
            {
                var w = DeclarationWriter(model);
                w.Summary(e.Documentation ?? "Values of the enumerated type " + e.Name + "; EXI encodes the index in this order.");
                w.Open("public enum " + e.Name);
                foreach (var m in e.Members)
                {
                    w.Summary("XML value \"" + m.XmlValue + "\".");
                    w.Line(m.Name + ",");
                }

                w.Close();
                result.Add(new TypeDeclaration(e.Name, w.ToString()));
            }

            foreach (var c in model.Classes)
            {
                var w = DeclarationWriter(model);
                EmitClass(w, c, model);
                result.Add(new TypeDeclaration(c.Name, w.ToString()));
            }

            return result;
        }

        private static SourceWriter DeclarationWriter(CodecModel model)
        {
            var w = new SourceWriter();
            if (model.Namespace != null)
            {
                w.Indent();
            }

            return w;
        }

        private static void EmitClass(SourceWriter w, ClassModel c, CodecModel model)
        {
            w.Summary(c.Documentation ?? "The XML Schema type " + c.XmlDescription + ".");
            string modifiers = c.IsAbstract ? "public abstract partial class " : c.IsHead ? "public sealed partial class " : "public partial class ";
            w.Open(modifiers + c.Name + EqualityEmitter.BaseList(c));
            foreach (var m in c.Members)
            {
                string type = EmitHelpers.MemberType(m, model);
                string doc = m.Documentation ?? EmitHelpers.Describe(m);
                w.Summary(doc);
                if (m.IsList)
                {
                    // Created on first read, so a decoder that has no items to set allocates nothing; null resets it to empty.
                    string list = "global::System.Collections.Generic.List<" + EmitHelpers.ItemType(m, model) + ">";
                    string field = EqualityEmitter.ListField(m);
                    w.Line("[global::System.Diagnostics.CodeAnalysis.AllowNull]");
                    w.Line("public " + list + " " + m.Name + " { get => " + field + " ??= new " + list + "(); set => " + field + " = value; }");
                    w.Line();
                    w.Line("private " + list + "? " + field + ";");
                    w.Line();
                    w.Line("// The encoder's view: no list is created for a member that has none.");
                    w.Line("internal global::System.ReadOnlySpan<" + EmitHelpers.ItemType(m, model) + "> " + m.Name + "Span => global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(" + field + ");");
                }
                else if (m.IsOptional || c.IsGroupItem)
                {
                    // Members of a repeated group's item are each optional on their own; the grammar checks the combination.
                    w.Line("public " + EmitHelpers.ItemType(m, model) + "? " + m.Name + " { get; set; }");
                }
                else
                {
                    w.Line("public required " + type + " " + m.Name + " { get; set; }");
                }

                w.Line();
            }

            EqualityEmitter.Emit(w, c, model);
            w.Close();
        }

        private static void EmitDocument(SourceWriter w, CodecModel model)
        {
            EmitUnion(w, model, model.DocumentName, model.RootEnumName, model.Roots, "global elements that can be the root of a document of this schema set", "A document of this schema set: which global element is the root, and its content.");
            w.Line();
            var f = model.Fragment;
            EmitUnion(w, model, f.UnionName, f.ElementEnumName, f.Roots, "elements that an EXI fragment (§8.5.3) of this schema set can hold: every element qname of the set with a concrete type", "An EXI fragment of this schema set holding one element (e.g. a signed element whose digest is computed over its fragment encoding).");
        }

        private static void EmitUnion(SourceWriter w, CodecModel model, string name, string enumName, EquatableArray<RootModel> roots, string enumSummary, string summary)
        {
            w.Summary("The " + enumSummary + ".");
            w.Open("public enum " + enumName);
            foreach (var r in roots)
            {
                w.Summary("Element {" + r.Namespace + "}" + r.LocalName + ".");
                w.Line(r.MemberName + ",");
            }

            w.Close();
            w.Line();
            w.Summary(summary + " A closed union over " + enumName + ".");
            w.Open("public readonly partial struct " + name + " : global::System.IEquatable<" + name + ">");
            w.Open("private " + name + "(" + enumName + " root, object value)");
            w.Line("Root = root;");
            w.Line("Value = value;");
            w.Close();
            w.Line();
            w.Summary("The root element.");
            w.Line("public " + enumName + " Root { get; }");
            w.Line();
            w.Summary("The root element's content (an instance of the class of its type, or its simple value); null for a default instance.");
            w.Line("public object? Value { get; }");
            w.Line();
            w.Summary("The qualified name of the root element; default for a default instance.");
            w.Open("public global::V2G.Exi.ExiQualifiedName Name => Value is null ? default : Root switch");
            foreach (var r in roots)
            {
                w.Line(enumName + "." + r.MemberName + " => new global::V2G.Exi.ExiQualifiedName(" + SourceWriter.Literal(r.Namespace) + ", " + SourceWriter.Literal(r.LocalName) + "),");
            }

            w.Line("_ => default,");
            w.Close(";");
            if (name == model.DocumentName)
            {
                foreach (var shared in model.SharedRootMembers)
                {
                    w.Line();
                    w.Summary(shared.Documentation);
                    w.Line("public " + shared.TypeName + "? " + shared.MemberName + " => Value is " + shared.DeclaringClass + " shared ? shared." + shared.MemberName + " : null;");
                }
            }
            foreach (var r in roots)
            {
                bool valueType = r.ValueName != null && EmitHelpers.Value(model, r.ValueName).IsValueType;
                w.Line();
                w.Summary("The content if the root is " + r.LocalName + ", otherwise null.");
                w.Line("public " + r.ClassName + "? " + r.MemberName + " => Root == " + enumName + "." + r.MemberName + " ? Value as " + r.ClassName + (valueType ? "?" : string.Empty) + " : null;");
                w.Line();
                w.Summary("A " + (name == model.DocumentName ? "document" : "fragment") + " whose root is " + r.LocalName + ".");
                string check = valueType ? "value" : "value ?? throw new global::System.ArgumentNullException(nameof(value))";
                w.Line("public static " + name + " From" + r.MemberName + "(" + r.ClassName + " value) => new " + name + "(" + enumName + "." + r.MemberName + ", " + check + ");");
                if (r.UniqueClass && r.ValueName == null)
                {
                    w.Line();
                    w.Summary("Wraps the content of a " + r.LocalName + " element.");
                    w.Line("public static implicit operator " + name + "(" + r.ClassName + " value) => From" + r.MemberName + "(value);");
                }
            }

            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public bool Equals(" + name + " other) => Root == other.Root && global::V2G.Exi.Equality.ExiEquality.ValueEqual(Value, other.Value);");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public override int GetHashCode() => global::System.HashCode.Combine(Root, global::V2G.Exi.Equality.ExiEquality.ValueHash(Value));");
            w.Line();
            w.Summary("The root element's local name and its content, e.g. \"V2G_Message: V2G_Message { Header = ... }\".");
            w.Line("public override string ToString() => global::V2G.Exi.Equality.ExiEquality.RootText(Name.LocalName, Value);");
            w.Line();
            w.Summary("Compares by root element and content (messages by value, binaries by content).");
            w.Line("public static bool operator ==(" + name + " left, " + name + " right) => left.Equals(right);");
            w.Line();
            w.Summary("Compares by root element and content (messages by value, binaries by content).");
            w.Line("public static bool operator !=(" + name + " left, " + name + " right) => !left.Equals(right);");
            w.Close();
        }
    }
}
