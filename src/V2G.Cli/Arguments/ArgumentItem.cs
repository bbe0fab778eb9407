namespace V2G.Cli.Arguments;

/// <summary>One parsed element of a command line, in command-line order.</summary>
/// <param name="Option">The option's long name, or null for a positional argument.</param>
/// <param name="Value">The option's value (empty for a flag), or the positional argument itself.</param>
internal sealed record ArgumentItem(string? Option, string Value)
{
    /// <summary>True for a positional argument (an input file or <c>-</c>).</summary>
    public bool IsPositional => Option is null;
}
