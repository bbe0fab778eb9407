using System.Collections.Generic;
using V2G.Exi.Generator.Schema;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>The schema-informed grammars of one schema set (§8.5): document, fragment and one per element type.</summary>
    internal sealed class SchemaGrammars
    {
        public SchemaGrammars(SchemaSet schema)
        {
            Schema = schema;
        }

        public SchemaSet Schema { get; }

        /// <summary>DocContent (§8.5.1): SE(G) for every global element, sorted by qname; code n is SE(*).</summary>
        public List<ElementDeclaration> DocumentElements { get; } = new List<ElementDeclaration>();

        /// <summary>FragmentContent (§8.5.3): one SE per distinct element qname of the set, sorted by qname.</summary>
        public List<FragmentElement> FragmentElements { get; } = new List<FragmentElement>();

        /// <summary>The relaxed grammar of FragmentContent entries declared with several types (§8.5.3).</summary>
        public ElementFragmentGrammar ElementFragment { get; set; } = null!;

        /// <summary>Grammars by the declaration whose content they describe (an element's type, nillability included).</summary>
        public Dictionary<GrammarKey, TypeGrammar> TypeGrammars { get; } = new Dictionary<GrammarKey, TypeGrammar>();

        public TypeGrammar For(ElementDeclaration element) => TypeGrammars[GrammarKey.Of(element)];
    }

    /// <summary>A grammar is shared by all elements with the same type and nillability.</summary>
    internal readonly struct GrammarKey : System.IEquatable<GrammarKey>
    {
        public GrammarKey(TypeDefinition type, bool nillable)
        {
            Type = type;
            Nillable = nillable;
        }

        public TypeDefinition Type { get; }

        public bool Nillable { get; }

        public static GrammarKey Of(ElementDeclaration element) => new GrammarKey(element.Type, element.IsNillable);

        public bool Equals(GrammarKey other) => ReferenceEquals(Type, other.Type) && Nillable == other.Nillable;

        public override bool Equals(object? obj) => obj is GrammarKey other && Equals(other);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Type) * 2 + (Nillable ? 1 : 0);
    }

    /// <summary>The normalised grammar of one type (§8.5.4.1.3, after §8.5.4.2 and §8.5.4.3).</summary>
    internal sealed class TypeGrammar
    {
        public TypeGrammar(TypeDefinition type, bool nillable, List<GrammarState> states)
        {
            Type = type;
            Nillable = nillable;
            States = states;
        }

        public TypeDefinition Type { get; }

        public bool Nillable { get; }

        /// <summary>The states, initial state first.</summary>
        public List<GrammarState> States { get; }
    }

    /// <summary>An entry of the fragment grammar: a qname and, when all its declarations agree on the type, that declaration.</summary>
    internal sealed class FragmentElement
    {
        public FragmentElement(QualifiedName name, ElementDeclaration? declaration)
        {
            Name = name;
            Declaration = declaration;
        }

        public QualifiedName Name { get; }

        /// <summary>Null when the qname is declared with different types: the relaxed element fragment grammar applies (§8.5.3).</summary>
        public ElementDeclaration? Declaration { get; }
    }
}
