namespace V2G.Cli.Arguments;

/// <summary>The <c>-h</c> / <c>--help</c> option every command accepts.</summary>
internal static class HelpOption
{
    /// <summary>The option's specification.</summary>
    public static OptionSpec Spec { get; } = new OptionSpec("--help", TakesValue: false, ShortName: "-h");

    /// <summary>True if the token asks for help.</summary>
    /// <param name="token">A command-line token.</param>
    /// <returns>True for <c>-h</c> and <c>--help</c>.</returns>
    public static bool IsHelp(string token) => Spec.Matches(token);
}
