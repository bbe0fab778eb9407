namespace V2G.Cli;

/// <summary>Process exit codes of <c>v2g</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one input failed: unreadable, malformed, refused, or an output could not be written.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong (unknown command, option or schema, a missing or invalid value, no input).</summary>
    public const int Usage = 2;
}
