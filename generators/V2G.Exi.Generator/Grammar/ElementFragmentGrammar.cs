using System.Collections.Generic;
using System.Linq;
using V2G.Exi.Generator.Schema;
using V2G.Exi.Rules;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>
    /// The relaxed element fragment grammar of §8.5.3, used inside a fragment for an element qname that the
    /// schema set declares with more than one type. It is the same for every such qname:
    /// <code>
    /// ElementFragment_0 : AT(A_0) .. AT(A_n-1) ElementFragment_0, AT(*) ElementFragment_0,
    ///                     SE(F_0) .. SE(F_m-1) ElementFragment_1, SE(*) ElementFragment_1, EE, CH[untyped] ElementFragment_1
    /// ElementFragment_1 : SE(F_0) .. SE(F_m-1) ElementFragment_1, SE(*) ElementFragment_1, EE, CH[untyped] ElementFragment_1
    /// </code>
    /// A_i are the distinct attribute qnames of the set, sorted; F_i the FragmentContent elements. In the
    /// non-strict profile each state also has a second level (one more first-level value for the escape).
    /// </summary>
    internal sealed class ElementFragmentGrammar
    {
        public ElementFragmentGrammar(IReadOnlyList<FragmentAttribute> attributes, int elementCount)
        {
            Attributes = attributes;
            ElementCount = elementCount;
        }

        /// <summary>A_0 .. A_n-1 in event-code order.</summary>
        public IReadOnlyList<FragmentAttribute> Attributes { get; }

        /// <summary>m, the number of FragmentContent elements.</summary>
        public int ElementCount { get; }

        /// <summary>Code of AT(A_i) in ElementFragment_0.</summary>
        public int AttributeCode(int index) => index;

        /// <summary>Code of EE in ElementFragment_0: after n AT, AT(*), m SE and SE(*).</summary>
        public int StartEndElementCode => Attributes.Count + 1 + ElementCount + 1;

        /// <summary>Code of CH[untyped] in ElementFragment_0.</summary>
        public int StartCharactersCode => StartEndElementCode + 1;

        /// <summary>First-level values of ElementFragment_0: its productions (codes 0 to CH) and the escape to the second level.</summary>
        public int StartValues => StartCharactersCode + 2;

        /// <summary>First-level width of ElementFragment_0.</summary>
        public int StartWidth => ExiRules.LevelWidth(StartCharactersCode + 1, hasDeeperLevel: true);

        /// <summary>Code of EE in ElementFragment_1: after m SE and SE(*).</summary>
        public int ContentEndElementCode => ElementCount + 1;

        /// <summary>Code of CH[untyped] in ElementFragment_1.</summary>
        public int ContentCharactersCode => ContentEndElementCode + 1;

        /// <summary>First-level values of ElementFragment_1: its productions (codes 0 to CH) and the escape.</summary>
        public int ContentValues => ContentCharactersCode + 2;

        /// <summary>First-level width of ElementFragment_1.</summary>
        public int ContentWidth => ExiRules.LevelWidth(ContentCharactersCode + 1, hasDeeperLevel: true);

        public static ElementFragmentGrammar Build(SchemaSet schema, int elementCount)
        {
            // An attribute qname keeps its schema type when every declaration agrees on it, else its value is untyped.
            var attributes = schema.AllAttributes
                .GroupBy(a => a.Name)
                .OrderBy(g => g.Key, Comparer<QualifiedName>.Create(QualifiedName.CompareExi))
                .Select(g => new FragmentAttribute(g.Key, g.Select(a => a.Type).Distinct().Count() == 1 ? g.First().Type : null))
                .ToList();
            return new ElementFragmentGrammar(attributes, elementCount);
        }
    }

    /// <summary>An attribute production of the relaxed element fragment grammar; a null type means an untyped (string) value.</summary>
    internal sealed class FragmentAttribute
    {
        public FragmentAttribute(QualifiedName name, SimpleTypeDefinition? type)
        {
            Name = name;
            Type = type;
        }

        public QualifiedName Name { get; }

        public SimpleTypeDefinition? Type { get; }
    }
}
