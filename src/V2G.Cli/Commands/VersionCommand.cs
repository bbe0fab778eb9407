using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using V2G.Cli.Arguments;

namespace V2G.Cli.Commands;

/// <summary><c>v2g version</c> (and <c>v2g --version</c>): prints the tool's informational version on one line.</summary>
internal sealed class VersionCommand : ICommand
{
    /// <summary>The top-level option that does the same as the command.</summary>
    public static OptionSpec Option { get; } = new OptionSpec("--version", TakesValue: false);

    /// <summary>
    /// The informational version of the tool's assembly (<c>AssemblyInformationalVersionAttribute</c>, e.g.
    /// <c>1.2.0+abc1234</c> with the commit the build came from), or its assembly version when the attribute is absent.
    /// </summary>
    public static string Text { get; } = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
        ?.InformationalVersion ?? typeof(VersionCommand).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <inheritdoc/>
    public string Name => "version";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize("""
        Usage:
          v2g version
          v2g --version

        Prints 'v2g VERSION' on one line: the informational version of the tool (package version and, for a build from
        git, the commit after a '+').

        Options:
          -h, --help   Show this help.

        Exit codes: 0 printed, 2 bad usage (version takes no arguments).

        Example:
          v2g --version

        """);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        if (arguments.Positionals.FirstOrDefault() is { } extra)
        {
            throw new UsageException($"'version' takes no arguments (got '{extra}')");
        }

        return Print(console);
    }

    /// <summary>Prints the version line.</summary>
    /// <param name="console">The standard streams.</param>
    /// <returns><see cref="ExitCodes.Success"/>.</returns>
    public static int Print(CliConsole console)
    {
        console.Out.WriteLine("v2g " + Text);
        return ExitCodes.Success;
    }
}
