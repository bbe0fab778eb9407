namespace V2G.Exi.Metadata;

/// <summary>An element that can be the root of a document or a fragment, and what its content is.</summary>
public sealed class ExiRootInfo
{
    private readonly int namespaceIndex;
    private readonly int typeIndex;
    private readonly int valueIndex;

    /// <summary>Describes a root; indices point into the tables of the <see cref="ExiSchemaInfo"/> that holds it.</summary>
    /// <param name="memberName">The name of the union member (the factory is <c>From</c> + this name).</param>
    /// <param name="localName">The element's local name.</param>
    /// <param name="namespaceIndex">Index of its namespace in <see cref="ExiSchemaInfo.Namespaces"/>.</param>
    /// <param name="typeIndex">Index of the content's class in <see cref="ExiSchemaInfo.Types"/>, -1 for a simple value.</param>
    /// <param name="valueIndex">Index of the simple type in <see cref="ExiSchemaInfo.Values"/>, -1 for a class.</param>
    public ExiRootInfo(string memberName, string localName, int namespaceIndex, int typeIndex, int valueIndex)
    {
        MemberName = memberName;
        LocalName = localName;
        this.namespaceIndex = namespaceIndex;
        this.typeIndex = typeIndex;
        this.valueIndex = valueIndex;
    }

    /// <summary>The name of the union member: the document or fragment factory is <c>From</c> + this name.</summary>
    public string MemberName { get; }

    /// <summary>The element's local name.</summary>
    public string LocalName { get; }

    /// <summary>The element's qualified name.</summary>
    public ExiQualifiedName Name { get; private set; }

    /// <summary>The class of the content, or null for a simple-typed root.</summary>
    public ExiTypeInfo? Type { get; private set; }

    /// <summary>The simple type of the content, or null for a complex-typed root.</summary>
    public ExiValueInfo? Value { get; private set; }

    internal void Bind(ExiSchemaInfo schema)
    {
        Name = new ExiQualifiedName(schema.Namespaces[namespaceIndex], LocalName);
        Type = typeIndex < 0 ? null : schema.Types[typeIndex];
        Value = valueIndex < 0 ? null : schema.Values[valueIndex];
    }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
