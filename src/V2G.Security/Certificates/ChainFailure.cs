namespace V2G.Security.Certificates;

/// <summary>Why a chain was refused: the first rule broken, by which certificate, and a message for people.</summary>
/// <param name="Rule">The rule that failed.</param>
/// <param name="Certificate">The subject common name of the certificate at fault (the full subject if it has no CN).</param>
/// <param name="Position">Its index in the path, counted from the leaf (0 = leaf; the trust anchor is last).</param>
/// <param name="PositionName">Its position in words: "leaf", "Sub-CA 2", "Sub-CA 1" (numbered from the root), "trust anchor".</param>
/// <param name="Message">What exactly is wrong, with the values that were found.</param>
public sealed record ChainFailure(ChainRule Rule, string Certificate, int Position, string PositionName, string Message)
{
    /// <summary>One line: rule, position, certificate and message.</summary>
    public override string ToString() => $"{Rule} at {PositionName} '{Certificate}': {Message}";
}
