namespace V2G.Exi.Metadata;

/// <summary>What a member of a message class holds.</summary>
public enum ExiMemberKind
{
    /// <summary>A child element (or a list of them).</summary>
    Element,

    /// <summary>An attribute.</summary>
    Attribute,

    /// <summary>The simple value of an element with simple content.</summary>
    SimpleContent,

    /// <summary>A repeated model group: a list of group items, one per repetition.</summary>
    Group,
}
