namespace V2G.Exi.Metadata;

/// <summary>An element that may stand for a member (a substitution group member or the head itself) and its class.</summary>
public sealed class ExiAlternativeInfo
{
    private readonly int typeIndex;
    private ExiTypeInfo? type;

    /// <summary>Describes an alternative.</summary>
    /// <param name="localName">The element's local name.</param>
    /// <param name="namespaceIndex">Index of the element's namespace in <see cref="ExiSchemaInfo.Namespaces"/>.</param>
    /// <param name="typeIndex">Index of the element's class in <see cref="ExiSchemaInfo.Types"/>.</param>
    public ExiAlternativeInfo(string localName, int namespaceIndex, int typeIndex)
    {
        LocalName = localName;
        NamespaceIndex = namespaceIndex;
        this.typeIndex = typeIndex;
    }

    /// <summary>The element's local name.</summary>
    public string LocalName { get; }

    /// <summary>The element's qualified name.</summary>
    public ExiQualifiedName Name { get; private set; }

    /// <summary>The class an instance of this element has.</summary>
    public ExiTypeInfo Type => type!;

    private int NamespaceIndex { get; }

    internal void Bind(ExiSchemaInfo schema)
    {
        Name = new ExiQualifiedName(schema.Namespaces[NamespaceIndex], LocalName);
        type = schema.Types[typeIndex];
    }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
