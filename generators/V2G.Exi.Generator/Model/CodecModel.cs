namespace V2G.Exi.Generator.Model
{
    // Small equatable records: the only thing the incremental pipeline caches between the schema
    // step and the emit step. No Roslyn symbols and no schema objects inside.

    /// <summary>Everything needed to emit one codec.</summary>
    internal sealed record CodecModel(
        string? Namespace,
        string CodecName,
        string DocumentName,
        string RootEnumName,
        EquatableArray<ClassModel> Classes,
        EquatableArray<EnumModel> Enums,
        EquatableArray<ValueModel> Values,
        EquatableArray<GrammarModel> Grammars,
        EquatableArray<RootModel> Roots,
        EquatableArray<NamespaceModel> Namespaces,
        int DocumentCodeWidth,
        FragmentModel Fragment,
        IdIndexModel IdIndex,
        EquatableArray<SharedRootMemberModel> SharedRootMembers,
        int DocumentCodeValues = 0);

    /// <summary>
    /// The EXI fragments of the schema set (§8.5.3): which elements a fragment may hold, the width of the
    /// FragmentContent event codes, and the codes of the relaxed element fragment grammar.
    /// </summary>
    /// <param name="ElementCount">m, the number of element qnames in FragmentContent.</param>
    /// <param name="AnyElementCode">The code of SE(*) in FragmentContent (m).</param>
    /// <param name="EndDocumentCode">The code of ED in FragmentContent (m+1).</param>
    /// <param name="CodeValues">The number of FragmentContent event codes (m+2).</param>
    internal sealed record FragmentModel(
        string UnionName,
        string ElementEnumName,
        int CodeWidth,
        int ElementCount,
        int AnyElementCode,
        int EndDocumentCode,
        int CodeValues,
        EquatableArray<RootModel> Roots,
        RelaxedGrammarModel Relaxed);

    /// <summary>Event codes and widths of the two states of the relaxed element fragment grammar.</summary>
    /// <param name="StartValues">The first-level values of ElementFragment_0 (its productions and the escape).</param>
    /// <param name="ContentValues">The first-level values of ElementFragment_1.</param>
    internal sealed record RelaxedGrammarModel(
        int StartWidth,
        int StartEndElementCode,
        int StartCharactersCode,
        int StartValues,
        int ContentWidth,
        int ContentEndElementCode,
        int ContentCharactersCode,
        int ContentValues);

    /// <summary>How a root held by the relaxed element fragment grammar maps onto a class: its attributes (AT codes of ElementFragment_0) and its value.</summary>
    /// <param name="ValueMember">The simple-content member, or null when the value is the root itself (a simple-typed declaration).</param>
    internal sealed record RelaxedRootModel(EquatableArray<RelaxedAttributeModel> Attributes, string? ValueMember, string ValueName);

    /// <summary>An attribute member of a relaxed root and its AT(A_i) code.</summary>
    internal sealed record RelaxedAttributeModel(string MemberName, string LocalName, string Namespace, string ValueName, int Code, bool IsRequired);

    /// <summary>An XML namespace and the prefix the XML writer uses for it.</summary>
    internal sealed record NamespaceModel(string Uri, string Prefix);

    /// <summary>An element that can be the root of a document (a global element) or of a fragment (any element qname).</summary>
    /// <param name="ClassName">The C# type of the content: a generated class, or the value type of a simple-typed element.</param>
    /// <param name="DocumentCode">The SE event code in DocContent or FragmentContent.</param>
    /// <param name="UniqueClass">No other root of the union has this C# type (so an implicit conversion is unambiguous).</param>
    /// <param name="ValueName">For simple-typed roots: the value codec.</param>
    /// <param name="Relaxed">For fragment roots declared with several types: how the relaxed grammar maps onto the class.</param>
    internal sealed record RootModel(string MemberName, string LocalName, string Namespace, string ClassName, int DocumentCode, string GrammarName, bool UniqueClass, string? ValueName = null, RelaxedRootModel? Relaxed = null);

    /// <summary>A generated message class.</summary>
    /// <param name="IsHead">
    /// The concrete class that holds an abstract type's own content (BaseName is the abstract class, no members of its
    /// own): what an element declared with that type carries when a stream uses it without a derived type.
    /// </param>
    internal sealed record ClassModel(
        string Name,
        string? BaseName,
        bool IsAbstract,
        string? Documentation,
        string XmlDescription,
        EquatableArray<MemberModel> Members,
        string? GrammarName,
        bool IsGroupItem = false,
        bool IsHead = false);

    /// <summary>What a member holds.</summary>
    internal enum MemberKind
    {
        Element,
        Attribute,
        SimpleContent,

        /// <summary>A repeated model group: a list of items of a generated class, one per repetition, in document order.</summary>
        Group,
    }

    /// <summary>A property of a generated class: an element particle, an attribute, or the value of simple content.</summary>
    /// <param name="ClassName">For complex-typed elements: the class (the base class for substitution groups).</param>
    /// <param name="ValueName">For simple-typed elements and attributes: the value codec.</param>
    /// <param name="Substitutes">For substitution groups: the allowed elements, most derived class first.</param>
    /// <param name="IsId">An attribute of type xs:ID (what a signature Reference "#Id" names).</param>
    internal sealed record MemberModel(
        string Name,
        MemberKind Kind,
        string LocalName,
        string Namespace,
        string? Documentation,
        string? ClassName,
        string? ValueName,
        int MinOccurs,
        int MaxOccurs,
        bool IsOptional,
        EquatableArray<SubstituteModel> Substitutes,
        bool IsId = false)
    {
        public bool IsList => MaxOccurs != 1;
    }

    /// <summary>An element that may stand for a member: its name, class and grammar.</summary>
    /// <param name="IsAbstractHead">The group's head with its abstract type's own content (ClassName is the head class): schema-invalid, written only when relaxed.</param>
    internal sealed record SubstituteModel(string LocalName, string Namespace, string ClassName, string GrammarName, bool IsAbstractHead = false);

    /// <summary>A generated enum for an enumerated simple type.</summary>
    internal sealed record EnumModel(string Name, string? Documentation, EquatableArray<EnumMemberModel> Members);

    internal sealed record EnumMemberModel(string Name, string XmlValue);

    /// <summary>EXI representation of a simple value, mirrored from the grammar step.</summary>
    internal enum ValueRepresentation
    {
        Boolean,
        Integer,
        UnsignedInteger,
        NBitUnsignedInteger,
        Enumeration,
        String,
        BinaryBase64,
        BinaryHex,
    }

    /// <summary>How one simple type is held in C#, validated, encoded and written as XML.</summary>
    internal sealed record ValueModel(
        string Name,
        string CSharpType,
        bool IsValueType,
        ValueRepresentation Representation,
        int Width,
        string Offset,
        string? MinValue,
        string? MaxValue,
        int? MinLength,
        int? MaxLength,
        string? EnumName,
        string Description);

    /// <summary>The grammar of one type, as generated code: one method per direction.</summary>
    /// <param name="ValueName">For simple-typed grammars and simple content: the value of the CH event.</param>
    internal sealed record GrammarModel(
        string Name,
        string ClassName,
        string? ValueName,
        string TypeDescription,
        EquatableArray<StateModel> States,
        EquatableArray<TerminalModel> Terminals);

    /// <summary>A state of a grammar; counted states stand for a chain of states that differ only in how many repeats are left.</summary>
    internal sealed record StateModel(
        int Index,
        string Name,
        int Width,
        int SecondLevelWidth,
        int SecondLevelEndElementCode,
        int RepeatCount,
        string RepeatTerminal,
        EquatableArray<ProductionModel> Productions,
        string Description,
        int SecondLevelValues = 0);

    /// <summary>Production kinds the generated code handles.</summary>
    internal enum ProductionKind
    {
        Attribute,
        StartElement,
        EndElement,
        Characters,
        Unsupported,
    }

    /// <summary>A first-level production; <see cref="Target"/> is -1 after EE.</summary>
    /// <param name="GroupName">For elements inside a repeated model group: the owner's group member; MemberName is then the item's member.</param>
    /// <param name="GroupIndex">Position of the member in the group item (a repetition starts again when a position does not increase).</param>
    internal sealed record ProductionModel(int Code, ProductionKind Kind, string Terminal, string? MemberName, string? LocalName, string? Namespace, string? GrammarName, int Target, string TerminalId, string? GroupName = null, int GroupIndex = -1);

    /// <summary>A terminal the encoder emits, with the states it may be emitted from.</summary>
    internal sealed record TerminalModel(string Id, string Terminal);
}
