using System;
using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Commands;
using V2G.Cli.Io;

namespace V2G.Cli.Security;

/// <summary>Splits the arguments of a command with sub-commands (<c>cert</c>, <c>key</c>, <c>ocpp</c>) and runs the named one.</summary>
internal static class SubCommands
{
    /// <summary>
    /// Runs the sub-command named by the first positional argument with the remaining arguments; without one, refuses the
    /// command line (<c>--help</c> never gets here: CliApplication answers it with the command's own help).
    /// </summary>
    /// <param name="command">The command's name, e.g. <c>cert</c>.</param>
    /// <param name="arguments">The command's arguments.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="subCommands">The sub-commands in the order the messages list them.</param>
    /// <returns>The sub-command's exit code.</returns>
    /// <exception cref="UsageException">No sub-command or an unknown one was given.</exception>
    public static int Dispatch(
        string command, ParsedArguments arguments, CliConsole console,
        params (string Name, Func<ParsedArguments, CliConsole, int> Run)[] subCommands)
    {
        string? sub = arguments.Positionals.FirstOrDefault();
        if (sub is null)
        {
            throw new UsageException($"'{command}' needs a sub-command: {string.Join(" or ", subCommands.Select(s => s.Name))}");
        }

        var rest = new ParsedArguments($"{command} {sub}", WithoutFirstPositional(arguments.Items));
        foreach ((string name, Func<ParsedArguments, CliConsole, int> run) in subCommands)
        {
            if (name == sub)
            {
                return run(rest, console);
            }
        }

        throw new UsageException($"unknown sub-command '{command} {sub}' (known: {string.Join(", ", subCommands.Select(s => s.Name))})");
    }

    /// <summary>
    /// Runs a sub-command's body: refuses options outside <paramref name="allowed"/>, and reports an
    /// <see cref="InputException"/> of the body as an error (exit code 1).
    /// </summary>
    /// <param name="arguments">The sub-command's arguments (its <see cref="ParsedArguments.Command"/> names it in messages).</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="allowed">The options it takes.</param>
    /// <param name="body">The work, returning the exit code.</param>
    /// <returns>The body's exit code, or 1 for unreadable input.</returns>
    /// <exception cref="UsageException">An option it does not take was given, or the body refused the command line.</exception>
    public static int Run(ParsedArguments arguments, CliConsole console, OptionSpec[] allowed, Func<int> body)
    {
        CertCommand.RequireOnly(arguments, allowed);
        try
        {
            return body();
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, "v2g " + arguments.Command, e.Message);
            return ExitCodes.Failure;
        }
    }

    /// <summary>The arguments without the first positional one (the sub-command's name).</summary>
    /// <param name="items">The command's arguments.</param>
    /// <returns>The sub-command's arguments.</returns>
    public static List<ArgumentItem> WithoutFirstPositional(IReadOnlyList<ArgumentItem> items)
    {
        var rest = new List<ArgumentItem>(items);
        rest.RemoveAt(rest.FindIndex(i => i.IsPositional));
        return rest;
    }
}
