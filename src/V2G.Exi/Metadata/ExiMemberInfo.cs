using System;
using System.Collections.Generic;

namespace V2G.Exi.Metadata;

/// <summary>A property of a message class: an element particle, an attribute, simple content or a repeated group.</summary>
public sealed class ExiMemberInfo
{
    private readonly int namespaceIndex;
    private readonly int typeIndex;
    private readonly int valueIndex;
    private readonly int choiceId;
    private readonly int[] requiredPositions;

    /// <summary>Describes a member; indices point into the tables of the <see cref="ExiSchemaInfo"/> that holds it.</summary>
    /// <param name="name">The C# property name.</param>
    /// <param name="kind">What the member holds.</param>
    /// <param name="localName">The element's or attribute's local name (empty for simple content and groups).</param>
    /// <param name="namespaceIndex">Index of its namespace in <see cref="ExiSchemaInfo.Namespaces"/>.</param>
    /// <param name="minOccurs">The fewest items.</param>
    /// <param name="maxOccurs">The most items, -1 for unbounded.</param>
    /// <param name="isOptional">The property is nullable (a single optional item).</param>
    /// <param name="typeIndex">Index of the item class in <see cref="ExiSchemaInfo.Types"/>, -1 for simple values.</param>
    /// <param name="valueIndex">Index of the simple type in <see cref="ExiSchemaInfo.Values"/>, -1 for classes.</param>
    /// <param name="choice">
    /// 0 outside a choice; k when the member is an alternative of the class's optional choice k; -k when choice k is required
    /// (exactly one of its alternatives is present).
    /// </param>
    /// <param name="requires">Positions (in the class's own members) of the members that must be present when this one is.</param>
    /// <param name="alternatives">The elements that may stand for the member (substitution groups), most derived first.</param>
    public ExiMemberInfo(
        string name, ExiMemberKind kind, string localName, int namespaceIndex, int minOccurs, int maxOccurs, bool isOptional, int typeIndex,
        int valueIndex, int choice = 0, int[]? requires = null, ExiAlternativeInfo[]? alternatives = null)
    {
        Name = name;
        Kind = kind;
        LocalName = localName;
        this.namespaceIndex = namespaceIndex;
        MinOccurs = minOccurs;
        MaxOccurs = maxOccurs < 0 ? null : maxOccurs;
        IsOptional = isOptional;
        this.typeIndex = typeIndex;
        this.valueIndex = valueIndex;
        choiceId = Math.Abs(choice);
        IsChoiceRequired = choice < 0;
        Alternatives = alternatives ?? Array.Empty<ExiAlternativeInfo>();
        requiredPositions = requires ?? Array.Empty<int>();
    }

    /// <summary>The C# property name.</summary>
    public string Name { get; }

    /// <summary>What the member holds.</summary>
    public ExiMemberKind Kind { get; }

    /// <summary>The element's or attribute's local name (empty for simple content and groups).</summary>
    public string LocalName { get; }

    /// <summary>The element's or attribute's qualified name.</summary>
    public ExiQualifiedName QualifiedName { get; private set; }

    /// <summary>The fewest items (0 for optional members).</summary>
    public int MinOccurs { get; }

    /// <summary>The most items, null for unbounded.</summary>
    public int? MaxOccurs { get; }

    /// <summary>The property is nullable: a single item that may be absent.</summary>
    public bool IsOptional { get; }

    /// <summary>The property is a list (maxOccurs other than 1).</summary>
    public bool IsList => MaxOccurs != 1;

    /// <summary>The class of an item, or null for a simple value.</summary>
    public ExiTypeInfo? Type { get; private set; }

    /// <summary>The simple type of an item, or null for a class.</summary>
    public ExiValueInfo? Value { get; private set; }

    /// <summary>The elements that may stand for the member when it is the head of a substitution group; empty otherwise.</summary>
    public IReadOnlyList<ExiAlternativeInfo> Alternatives { get; }

    /// <summary>The members of the same class that must be present when this one is (parts of one optional sequence).</summary>
    public IReadOnlyList<ExiMemberInfo> Requires { get; private set; } = Array.Empty<ExiMemberInfo>();

    /// <summary>The choice this member is an alternative of, or null.</summary>
    public ExiChoiceInfo? Choice { get; internal set; }

    internal int ChoiceId => choiceId;

    internal bool IsChoiceRequired { get; }

    internal void Resolve(IReadOnlyList<ExiMemberInfo> siblings) => Requires = Array.ConvertAll(requiredPositions, i => siblings[i]);

    internal void Bind(ExiSchemaInfo schema)
    {
        QualifiedName = new ExiQualifiedName(schema.Namespaces[namespaceIndex], LocalName);
        Type = typeIndex < 0 ? null : schema.Types[typeIndex];
        Value = valueIndex < 0 ? null : schema.Values[valueIndex];
        foreach (var alternative in Alternatives)
        {
            alternative.Bind(schema);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name + (Kind == ExiMemberKind.Attribute ? " (attribute " : " (") + QualifiedName + ")";
}
