namespace V2G.Security.TestPki;

/// <summary>Why a test PKI was not created: the setting at fault and what is wrong with it.</summary>
/// <param name="Kind">The setting that was refused.</param>
/// <param name="Message">What exactly is wrong, with the value that was given.</param>
public sealed record TestPkiProblem(TestPkiProblemKind Kind, string Message)
{
    /// <summary>One line: kind and message.</summary>
    public override string ToString() => $"{Kind}: {Message}";
}
