using System.Collections.Generic;
using System.Numerics;

namespace V2G.Exi.Generator.Schema
{
    // The XSD component model after reading and resolving a schema set (XML Schema 1.0 Part 1 §3).
    // Nothing here knows about EXI; the Grammar folder turns it into EXI grammars.

    /// <summary>All components of one schema set: what one codec is generated from.</summary>
    internal sealed class SchemaSet
    {
        public List<ElementDeclaration> GlobalElements { get; } = new List<ElementDeclaration>();

        public List<ElementDeclaration> AllElements { get; } = new List<ElementDeclaration>();

        public List<AttributeDeclaration> AllAttributes { get; } = new List<AttributeDeclaration>();

        public Dictionary<QualifiedName, TypeDefinition> NamedTypes { get; } = new Dictionary<QualifiedName, TypeDefinition>();

        /// <summary>Target namespaces in the order their schema documents were first read.</summary>
        public List<string> TargetNamespaces { get; } = new List<string>();

        /// <summary>The prefix the schema texts first bind to each namespace (their authors' choice, used for XML output).</summary>
        public Dictionary<string, string> PreferredPrefixes { get; } = new Dictionary<string, string>();

        /// <summary>Content the generated types do not carry (EXI010-EXI012), one note per construct read.</summary>
        public List<SchemaNote> Notes { get; } = new List<SchemaNote>();
    }

    /// <summary>A warning about the schema text at a file, line and column (1-based; 0 when unknown).</summary>
    internal sealed record SchemaNote(string Id, string Message, string File, int Line, int Column);

    internal sealed class ElementDeclaration
    {
        public ElementDeclaration(QualifiedName name, bool isGlobal)
        {
            Name = name;
            IsGlobal = isGlobal;
        }

        public QualifiedName Name { get; }

        public bool IsGlobal { get; }

        public TypeDefinition Type { get; set; } = null!;

        public bool IsAbstract { get; set; }

        public bool IsNillable { get; set; }

        public ElementDeclaration? SubstitutionHead { get; set; }

        /// <summary>Elements whose substitution group is this one, directly or transitively.</summary>
        public List<ElementDeclaration> SubstitutionMembers { get; } = new List<ElementDeclaration>();

        public string? Documentation { get; set; }

        public string SourceFile { get; set; } = string.Empty;
    }

    internal sealed class AttributeDeclaration
    {
        public AttributeDeclaration(QualifiedName name)
        {
            Name = name;
        }

        public QualifiedName Name { get; }

        public SimpleTypeDefinition Type { get; set; } = null!;
    }

    internal sealed class AttributeUse
    {
        public AttributeUse(AttributeDeclaration declaration, bool isRequired)
        {
            Declaration = declaration;
            IsRequired = isRequired;
        }

        public AttributeDeclaration Declaration { get; }

        public bool IsRequired { get; }
    }

    internal abstract class TypeDefinition
    {
        /// <summary>Null for anonymous types.</summary>
        public QualifiedName? Name { get; set; }

        public string? Documentation { get; set; }

        public TypeDefinition? BaseType { get; set; }

        /// <summary>A readable name for diagnostics.</summary>
        public abstract string DisplayName { get; }

        /// <summary>The schema file of the declaration (empty for built-in and derived-on-the-fly types).</summary>
        public string SourceFile { get; set; } = string.Empty;

        /// <summary>The line of the declaration in <see cref="SourceFile"/> (0 when unknown).</summary>
        public int Line { get; set; }
    }

    internal enum SimpleVariety
    {
        Atomic,
        List,
        Union,
    }

    internal sealed class SimpleTypeDefinition : TypeDefinition
    {
        /// <summary>Local name of the XSD built-in type this one is, or derives from most closely (e.g. "unsignedByte").</summary>
        public string BuiltIn { get; set; } = "anySimpleType";

        public SimpleVariety Variety { get; set; }

        public SimpleTypeDefinition? ItemType { get; set; }

        /// <summary>Enumeration facet values in facet order (their index is what EXI encodes).</summary>
        public List<string> Enumerations { get; } = new List<string>();

        public BigInteger? MinInclusive { get; set; }

        public BigInteger? MaxInclusive { get; set; }

        public int? Length { get; set; }

        public int? MinLength { get; set; }

        public int? MaxLength { get; set; }

        public List<string> Patterns { get; } = new List<string>();

        public bool IsBuiltIn { get; set; }

        public override string DisplayName => Name?.ToString() ?? "anonymous simple type (" + BuiltIn + ")";
    }

    internal enum ContentKind
    {
        Empty,
        Simple,
        ElementOnly,
        Mixed,
    }

    internal sealed class ComplexTypeDefinition : TypeDefinition
    {
        public bool IsAbstract { get; set; }

        public ContentKind Content { get; set; }

        /// <summary>The value type for simple content.</summary>
        public SimpleTypeDefinition? SimpleContent { get; set; }

        /// <summary>The effective content particle for element-only and mixed content (extension already applied).</summary>
        public Particle? Particle { get; set; }

        public List<AttributeUse> Attributes { get; } = new List<AttributeUse>();

        public Wildcard? AttributeWildcard { get; set; }

        /// <summary>True for xs:anyType, the complex ur-type.</summary>
        public bool IsUrType { get; set; }

        public override string DisplayName => Name?.ToString() ?? "anonymous complex type";
    }

    internal sealed class Particle
    {
        public Particle(int minOccurs, int maxOccurs, Term term)
        {
            MinOccurs = minOccurs;
            MaxOccurs = maxOccurs;
            Term = term;
        }

        public const int Unbounded = -1;

        public int MinOccurs { get; }

        /// <summary><see cref="Unbounded"/> for maxOccurs="unbounded".</summary>
        public int MaxOccurs { get; }

        public Term Term { get; }
    }

    internal abstract class Term
    {
    }

    internal sealed class ElementTerm : Term
    {
        public ElementTerm(ElementDeclaration element)
        {
            Element = element;
        }

        public ElementDeclaration Element { get; }
    }

    internal enum Compositor
    {
        Sequence,
        Choice,
        All,
    }

    internal sealed class ModelGroup : Term
    {
        public ModelGroup(Compositor compositor)
        {
            Compositor = compositor;
        }

        public Compositor Compositor { get; }

        public List<Particle> Particles { get; } = new List<Particle>();
    }

    internal enum WildcardKind
    {
        /// <summary>##any</summary>
        Any,

        /// <summary>##other: any namespace but the target namespace (and, in XSD 1.0, not absent).</summary>
        Other,

        /// <summary>An explicit list of namespace URIs (##local is the empty URI).</summary>
        List,
    }

    internal sealed class Wildcard : Term
    {
        public Wildcard(WildcardKind kind, IReadOnlyList<string> namespaces)
        {
            Kind = kind;
            Namespaces = namespaces;
        }

        public WildcardKind Kind { get; }

        /// <summary>For <see cref="WildcardKind.List"/> the allowed URIs; for <see cref="WildcardKind.Other"/> the excluded target namespace.</summary>
        public IReadOnlyList<string> Namespaces { get; }
    }
}
