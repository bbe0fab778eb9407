using System.Collections.Generic;

namespace V2G.Exi.Metadata;

/// <summary>Members of a class of which at most one is present (one of them when the choice is required).</summary>
public sealed class ExiChoiceInfo
{
    internal ExiChoiceInfo(bool isRequired, IReadOnlyList<ExiMemberInfo> alternatives)
    {
        IsRequired = isRequired;
        Alternatives = alternatives;
    }

    /// <summary>Exactly one alternative is present; otherwise at most one.</summary>
    public bool IsRequired { get; }

    /// <summary>The members that exclude each other.</summary>
    public IReadOnlyList<ExiMemberInfo> Alternatives { get; }
}
