using System.Collections.Generic;
using V2G.Cli.Arguments;

namespace V2G.Cli.Commands;

/// <summary>A sub-command of <c>v2g</c>.</summary>
internal interface ICommand
{
    /// <summary>The name typed after <c>v2g</c>.</summary>
    string Name { get; }

    /// <summary>The options the command accepts (including <c>--help</c>).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The parsed arguments after the command name.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="UsageException">The arguments do not fit the command.</exception>
    int Execute(ParsedArguments arguments, CliConsole console);
}
