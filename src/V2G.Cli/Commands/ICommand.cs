using System.Collections.Generic;
using V2G.Cli.Arguments;

namespace V2G.Cli.Commands;

/// <summary>A sub-command of <c>v2g</c>.</summary>
internal interface ICommand
{
    /// <summary>The name typed after <c>v2g</c>.</summary>
    string Name { get; }

    /// <summary>The options the command accepts; <c>-h</c>/<c>--help</c> is added by <see cref="CliApplication"/>.</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>
    /// What <c>v2g NAME --help</c> prints: the usage lines, what the command does, every option, the exit codes and
    /// examples, ending with a newline.
    /// </summary>
    string Help { get; }

    /// <summary>The help of one sub-command (<c>v2g cert verify --help</c>), for commands that have sub-commands.</summary>
    /// <param name="subCommand">The first positional argument after the command name.</param>
    /// <returns>The sub-command's own help, or null when it has none (the command's <see cref="Help"/> is printed).</returns>
    string? SubCommandHelp(string subCommand) => null;

    /// <summary>Runs the command; never called for <c>--help</c>, which <see cref="CliApplication"/> answers.</summary>
    /// <param name="arguments">The parsed arguments after the command name.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="UsageException">The arguments do not fit the command.</exception>
    int Execute(ParsedArguments arguments, CliConsole console);
}
