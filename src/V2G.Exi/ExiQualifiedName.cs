namespace V2G.Exi;

/// <summary>The qualified name of an element: its namespace URI and local name.</summary>
/// <param name="Namespace">The namespace URI (empty for no namespace).</param>
/// <param name="LocalName">The local name.</param>
public readonly record struct ExiQualifiedName(string Namespace, string LocalName)
{
    /// <summary>The name in James Clark notation, <c>{namespace}local</c>.</summary>
    public override string ToString() => string.IsNullOrEmpty(Namespace) ? LocalName ?? string.Empty : "{" + Namespace + "}" + LocalName;
}
