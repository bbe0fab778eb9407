namespace V2G.Cli.Arguments;

/// <summary>An option a command accepts.</summary>
/// <param name="Name">The long name, with its leading dashes (e.g. <c>--schema</c>).</param>
/// <param name="TakesValue">True if the option is followed by a value (<c>--schema NAME</c> or <c>--schema=NAME</c>).</param>
/// <param name="ShortName">An optional one-letter alias with its dash (e.g. <c>-h</c>).</param>
internal sealed record OptionSpec(string Name, bool TakesValue, string? ShortName = null)
{
    /// <summary>True if <paramref name="token"/> names this option.</summary>
    /// <param name="token">The option token without any <c>=value</c> part.</param>
    /// <returns>True on a match of the long or the short name.</returns>
    public bool Matches(string token) => token == Name || (ShortName != null && token == ShortName);
}
