using V2G.Cli.Arguments;

namespace V2G.Cli.Security;

/// <summary>
/// The <c>-h</c> / <c>--help</c> option of the Plug'n'Charge commands. CliApplication answers an option named
/// <c>--help</c> with the tool's general usage; this spec carries the long form as its alias so that the command
/// itself receives the request and prints its own options and examples.
/// </summary>
internal static class CommandHelp
{
    /// <summary>The option's specification (matches both <c>-h</c> and <c>--help</c>).</summary>
    public static OptionSpec Spec { get; } = new OptionSpec("-h", TakesValue: false, ShortName: "--help");

    /// <summary>True if the command line asks for the command's help.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <returns>True when <c>-h</c> or <c>--help</c> was given.</returns>
    public static bool Requested(ParsedArguments arguments) => arguments.Has(Spec.Name);
}
