using System;
using System.Collections.Generic;
using System.Linq;

namespace V2G.Exi.Metadata;

/// <summary>
/// The schema model of one codec as data: its simple types, message classes with their members and facets, and the roots
/// of documents and fragments. Generated codecs expose it as <c>Schema</c>; tests build random valid messages from it.
/// </summary>
public sealed class ExiSchemaInfo
{
    private readonly Dictionary<Type, ExiTypeInfo> byClrType;

    /// <summary>Builds the model from its tables and resolves the indices between them.</summary>
    /// <param name="namespaces">The namespace URIs the members and roots refer to by index.</param>
    /// <param name="values">The simple types.</param>
    /// <param name="types">The message classes.</param>
    /// <param name="documents">The roots of documents (global elements).</param>
    /// <param name="fragments">The roots of fragments (every element qname with a concrete type).</param>
    public ExiSchemaInfo(string[] namespaces, ExiValueInfo[] values, ExiTypeInfo[] types, ExiRootInfo[] documents, ExiRootInfo[] fragments)
    {
        Namespaces = namespaces;
        Values = values;
        Types = types;
        Documents = documents;
        Fragments = fragments;
        foreach (var type in types)
        {
            type.Bind(this);
        }

        foreach (var root in documents.Concat(fragments))
        {
            root.Bind(this);
        }

        byClrType = types.ToDictionary(t => t.ClrType);
    }

    /// <summary>The namespace URIs.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>The simple types.</summary>
    public IReadOnlyList<ExiValueInfo> Values { get; }

    /// <summary>The message classes.</summary>
    public IReadOnlyList<ExiTypeInfo> Types { get; }

    /// <summary>The roots of documents.</summary>
    public IReadOnlyList<ExiRootInfo> Documents { get; }

    /// <summary>The roots of fragments.</summary>
    public IReadOnlyList<ExiRootInfo> Fragments { get; }

    /// <summary>The description of a generated class.</summary>
    /// <param name="clrType">The class.</param>
    /// <param name="type">Its description, when the class belongs to this codec.</param>
    /// <returns>True if the class belongs to this codec.</returns>
    public bool TryGetType(Type clrType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExiTypeInfo? type) =>
        byClrType.TryGetValue(clrType, out type);
}
