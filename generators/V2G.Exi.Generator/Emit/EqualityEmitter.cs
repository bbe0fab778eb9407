using System.Linq;
using V2G.Exi.Generator.Model;

namespace V2G.Exi.Generator.Emit
{
    /// <summary>
    /// Emits the value-equality members of a message class: IEquatable, and the two member lists (compare; hash and print)
    /// that the runtime base class ExiMessage turns into Equals, GetHashCode, ToString, == and !=.
    /// </summary>
    internal static class EqualityEmitter
    {
        /// <summary>The runtime base of classes without a schema base type.</summary>
        public const string RootBase = "global::V2G.Exi.Equality.ExiMessage";

        /// <summary>The base list of a class: its schema base (or the runtime base) and IEquatable of itself.</summary>
        public static string BaseList(ClassModel c) =>
            " : " + (c.BaseName ?? RootBase) + ", global::System.IEquatable<" + c.Name + ">";

        /// <summary>The members, after the class's properties. The base class compares concrete types and inherited members.</summary>
        public static void Emit(SourceWriter w, ClassModel c, CodecModel model)
        {
            w.Line("/// <inheritdoc/>");
            w.Line("public bool Equals(" + c.Name + "? other) => Equals((object?)other);");
            if (c.Members.Count == 0)
            {
                return;
            }

            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("protected override bool MembersEqual(" + RootBase + " other)");
            w.Indent();
            w.Line("=> other is " + c.Name + " o && base.MembersEqual(o)");
            var members = c.Members.ToList();
            for (int i = 0; i < members.Count; i++)
            {
                w.Line("&& " + Comparison(members[i], model) + (i == members.Count - 1 ? ";" : string.Empty));
            }

            w.Outdent();
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("protected override global::V2G.Exi.Equality.ExiMembers WriteMembers(global::V2G.Exi.Equality.ExiMembers members)");
            w.Indent();
            w.Line("=> base.WriteMembers(members)");
            for (int i = 0; i < members.Count; i++)
            {
                var m = members[i];
                w.Line(".Add(" + SourceWriter.Literal(m.Name) + ", " + Read(m, "") + ")" + (i == members.Count - 1 ? ";" : string.Empty));
            }

            w.Outdent();
        }

        // Lists by their backing field (reading the property would create an empty list); binaries by content.
        private static string Comparison(MemberModel m, CodecModel model)
        {
            if (m.IsList)
            {
                return "SameItems(" + Read(m, "") + ", " + Read(m, "o.") + ")";
            }

            return EmitHelpers.IsBinary(m, model)
                ? "SameBytes(" + m.Name + ", o." + m.Name + ")"
                : m.Name + " == o." + m.Name;
        }

        private static string Read(MemberModel m, string owner) => owner + (m.IsList ? ListField(m) : m.Name);

        /// <summary>The backing field of a list property.</summary>
        public static string ListField(MemberModel m) => "_" + char.ToLowerInvariant(m.Name[0]) + m.Name.Substring(1);
    }
}
