using V2G.Exi.Generator.Schema;

namespace V2G.Exi.Generator.Grammar
{
    /// <summary>The terminal symbols of EXI grammars (EXI 1.0 §8.1, Table 4-1).</summary>
    internal enum EventKind
    {
        /// <summary>AT(qname): a declared attribute.</summary>
        Attribute,

        /// <summary>AT(uri:*): an attribute wildcard restricted to one namespace.</summary>
        AttributeNamespace,

        /// <summary>AT(*): an attribute wildcard.</summary>
        AttributeAny,

        /// <summary>SE(qname): a declared element.</summary>
        StartElement,

        /// <summary>SE(uri:*): an element wildcard restricted to one namespace.</summary>
        StartElementNamespace,

        /// <summary>SE(*): an element wildcard.</summary>
        StartElementAny,

        /// <summary>EE: end of the element.</summary>
        EndElement,

        /// <summary>CH: typed characters (simple content) or untyped characters (mixed content).</summary>
        Characters,
    }

    /// <summary>
    /// One terminal with what the object model needs to know about it: which particle produced an SE
    /// (so decoders know which member to fill) and which declaration gives its nested grammar.
    /// </summary>
    internal sealed class GrammarEvent
    {
        private GrammarEvent(EventKind kind, QualifiedName? name, string? uri)
        {
            Kind = kind;
            Name = name;
            Uri = uri;
        }

        public EventKind Kind { get; }

        /// <summary>For AT(qname) and SE(qname).</summary>
        public QualifiedName? Name { get; }

        /// <summary>For AT(uri:*) and SE(uri:*).</summary>
        public string? Uri { get; }

        /// <summary>For SE(qname): the element declaration whose type grammar follows.</summary>
        public ElementDeclaration? Element { get; private set; }

        /// <summary>For SE(qname) and SE wildcards: the particle of the content model that matched (the object-model member).</summary>
        public Particle? Particle { get; private set; }

        /// <summary>For AT(qname): the attribute use (the object-model member).</summary>
        public AttributeUse? AttributeUse { get; private set; }

        /// <summary>For SE: order of the particle in the content model (schema order, §8.5.4.3), then of the substitution member.</summary>
        public int SchemaOrder { get; private set; }

        /// <summary>For CH in mixed content: untyped characters.</summary>
        public bool IsUntyped { get; private set; }

        public static GrammarEvent StartElement(ElementDeclaration element, Particle particle, int schemaOrder) =>
            new GrammarEvent(EventKind.StartElement, element.Name, null) { Element = element, Particle = particle, SchemaOrder = schemaOrder };

        public static GrammarEvent StartElementWildcard(string? uri, Particle particle, int schemaOrder) =>
            new GrammarEvent(uri == null ? EventKind.StartElementAny : EventKind.StartElementNamespace, null, uri) { Particle = particle, SchemaOrder = schemaOrder };

        public static GrammarEvent Attribute(AttributeUse use) =>
            new GrammarEvent(EventKind.Attribute, use.Declaration.Name, null) { AttributeUse = use };

        public static GrammarEvent AttributeWildcard(string? uri) =>
            new GrammarEvent(uri == null ? EventKind.AttributeAny : EventKind.AttributeNamespace, null, uri);

        public static readonly GrammarEvent EndElement = new GrammarEvent(EventKind.EndElement, null, null);

        public static GrammarEvent Characters(bool untyped) => new GrammarEvent(EventKind.Characters, null, null) { IsUntyped = untyped };

        /// <summary>Two events are the same terminal if kind and name agree (bindings may differ only in invalid, non-UPA schemas).</summary>
        public string Terminal => Kind switch
        {
            EventKind.Attribute => "AT(" + Name + ")",
            EventKind.AttributeNamespace => "AT(" + Uri + ":*)",
            EventKind.AttributeAny => "AT(*)",
            EventKind.StartElement => "SE(" + Name + ")",
            EventKind.StartElementNamespace => "SE(" + Uri + ":*)",
            EventKind.StartElementAny => "SE(*)",
            EventKind.EndElement => "EE",
            _ => IsUntyped ? "CH[untyped]" : "CH",
        };

        public override string ToString() => Terminal;
    }
}
