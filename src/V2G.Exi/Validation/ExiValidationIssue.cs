using System;

namespace V2G.Exi.Validation;

/// <summary>
/// One schema rule a decoded or built message breaks although EXI can carry it: a value outside a facet, or an
/// element that holds its abstract type's own content. A generated codec's <c>Validate</c> lists them.
/// </summary>
public sealed class ExiValidationIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="path">Where: element names from the root, e.g. <c>/V2G_Message/Body/PaymentDetailsReq/eMAID</c>.</param>
    /// <param name="rule">The rule broken in the schema's words, e.g. <c>maxLength 15</c> or <c>abstract EVSEStatusType</c>.</param>
    /// <param name="value">The value, quoted (see <see cref="ExiFacets.Quote"/>), or the element's name for abstract content.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ExiValidationIssue(string path, string rule, string value)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Element path from the root; attributes end with <c>/@name</c>, list items carry a 1-based <c>[n]</c>.</summary>
    public string Path { get; }

    /// <summary>The facet and its bound (<c>minInclusive 1</c>, <c>length 16</c>) or <c>abstract &lt;type&gt;</c>.</summary>
    public string Rule { get; }

    /// <summary>The offending value, quoted.</summary>
    public string Value { get; }

    /// <summary>The issue as one line: <c>path: rule (value)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Path + ": " + Rule + " (" + Value + ")";
}
