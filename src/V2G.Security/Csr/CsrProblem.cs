namespace V2G.Security.Csr;

/// <summary>Why a CSR was not created or not signed: the rule at fault and what exactly is wrong.</summary>
/// <param name="Kind">The rule that was broken.</param>
/// <param name="Message">What is wrong, with the offending value.</param>
public sealed record CsrProblem(CsrProblemKind Kind, string Message)
{
    /// <summary>One line: kind and message.</summary>
    public override string ToString() => $"{Kind}: {Message}";
}
