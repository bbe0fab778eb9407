using System;
using System.Collections.Generic;
using System.Linq;

namespace V2G.Exi.Metadata;

/// <summary>A generated message class: its base class and members, in the order of the type's content model.</summary>
public sealed class ExiTypeInfo
{
    private readonly int baseIndex;

    /// <summary>Describes a class.</summary>
    /// <param name="clrType">The generated class.</param>
    /// <param name="name">The schema type it stands for (a qname, or a description for anonymous types).</param>
    /// <param name="isAbstract">The class is abstract: only alternatives (derived classes) can be instantiated.</param>
    /// <param name="baseIndex">Index of the base class in <see cref="ExiSchemaInfo.Types"/>, -1 for none.</param>
    /// <param name="isGroupItem">The class is one repetition of a repeated model group.</param>
    /// <param name="members">The members declared by this class (not by its base).</param>
    /// <param name="isAbstractHead">
    /// The class holds an abstract type's own content (an element written with its abstract declared type, which
    /// decoding accepts and only the relaxed encoder writes): never part of a schema-valid message.
    /// </param>
    public ExiTypeInfo(Type clrType, string name, bool isAbstract, int baseIndex, bool isGroupItem, ExiMemberInfo[]? members = null,
        bool isAbstractHead = false)
    {
        IsAbstractHead = isAbstractHead;
        ClrType = clrType;
        Name = name;
        IsAbstract = isAbstract;
        this.baseIndex = baseIndex;
        IsGroupItem = isGroupItem;
        members ??= System.Array.Empty<ExiMemberInfo>();
        Members = members;
        Choices = members.Where(m => m.ChoiceId != 0).GroupBy(m => m.ChoiceId)
            .Select(g => new ExiChoiceInfo(g.Any(m => m.IsChoiceRequired), g.ToArray())).ToArray();
        foreach (var member in members)
        {
            member.Resolve(members);
        }

        foreach (var choice in Choices)
        {
            foreach (var member in choice.Alternatives)
            {
                member.Choice = choice;
            }
        }
    }

    /// <summary>The generated class.</summary>
    public Type ClrType { get; }

    /// <summary>The schema type it stands for.</summary>
    public string Name { get; }

    /// <summary>The class is abstract.</summary>
    public bool IsAbstract { get; }

    /// <summary>The class is one repetition of a repeated model group.</summary>
    public bool IsGroupItem { get; }

    /// <summary>The class holds an abstract type's own content: schema-invalid, written only by the relaxed encoder.</summary>
    public bool IsAbstractHead { get; }

    /// <summary>The base class, or null.</summary>
    public ExiTypeInfo? BaseType { get; private set; }

    /// <summary>The members declared by this class.</summary>
    public IReadOnlyList<ExiMemberInfo> Members { get; }

    /// <summary>The choices among <see cref="Members"/>.</summary>
    public IReadOnlyList<ExiChoiceInfo> Choices { get; }

    /// <summary>The members of the class and its base classes, base classes first.</summary>
    public IEnumerable<ExiMemberInfo> AllMembers => BaseType == null ? Members : BaseType.AllMembers.Concat(Members);

    /// <summary>The choices of the class and its base classes.</summary>
    public IEnumerable<ExiChoiceInfo> AllChoices => BaseType == null ? Choices : BaseType.AllChoices.Concat(Choices);

    internal void Bind(ExiSchemaInfo schema)
    {
        BaseType = baseIndex < 0 ? null : schema.Types[baseIndex];
        foreach (var member in Members)
        {
            member.Bind(schema);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => ClrType.Name + " (" + Name + ")";
}
