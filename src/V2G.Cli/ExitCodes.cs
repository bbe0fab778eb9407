namespace V2G.Cli;

/// <summary>Process exit codes of <c>v2g</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one input failed, or the schema is unknown.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong (unknown command or option, missing value or input).</summary>
    public const int Usage = 2;
}
