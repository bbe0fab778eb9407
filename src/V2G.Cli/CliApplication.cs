using System;
using System.IO;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Commands;
using V2G.Cli.Io;

namespace V2G.Cli;

/// <summary>The <c>v2g</c> tool, runnable in-process: parses the command line and runs one command.</summary>
public static class CliApplication
{
    /// <summary>Runs the tool with the given arguments and streams.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdin">Standard input, read only when an input is <c>-</c>.</param>
    /// <param name="stdout">Standard output: decoded XML, encoded hex, demo output, help.</param>
    /// <param name="stderr">
    /// Standard error: one line per failed input (<c>NAME: error: ...</c>), notes, and the tool's own errors as one line
    /// <c>v2g: MESSAGE</c> (a usage error adds <c>run 'v2g CMD --help' for usage</c>).
    /// </param>
    /// <returns>The exit code: 0 success, 1 an input failed, 2 bad usage (including an unknown schema).</returns>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var console = new CliConsole(stdin, stdout, stderr);
        string helpTarget = "v2g";
        try
        {
            return Dispatch(args, console, ref helpTarget);
        }
        catch (UsageException e)
        {
            // What is wrong, in one line, and where to read more: the whole usage text would bury the error.
            stderr.WriteLine("v2g: " + Diagnostics.OneLine(e.Message));
            stderr.WriteLine($"run '{helpTarget} --help' for usage");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failure no command reported itself (e.g. stdout closed): still one line, not a stack trace.
            stderr.WriteLine($"v2g: unexpected {e.GetType().Name}: {Diagnostics.OneLine(e.Message)}");
            return ExitCodes.Failure;
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    private static int Dispatch(string[] args, CliConsole console, ref string helpTarget)
    {
        if (args.Length == 0)
        {
            throw new UsageException("no command given");
        }

        string name = args[0];
        if (HelpOption.IsHelp(name))
        {
            console.Out.Write(UsageText.Build());
            return ExitCodes.Success;
        }

        if (VersionCommand.Option.Matches(name))
        {
            return args.Length == 1 ? VersionCommand.Print(console) : throw new UsageException("'--version' takes no arguments");
        }

        ICommand command = CommandTable.Find(name)
            ?? throw new UsageException(name.StartsWith('-') ? $"unknown option '{name}'" : $"unknown command '{name}'");

        helpTarget = HelpTarget(command, args.Length > 1 ? args[1] : null);
        var rest = new ArraySegment<string>(args, 1, args.Length - 1);
        ParsedArguments parsed = ArgumentParser.Parse(command.Name, rest, [.. command.Options, HelpOption.Spec]);
        helpTarget = HelpTarget(command, parsed.Positionals.FirstOrDefault());
        if (parsed.Has(HelpOption.Spec.Name))
        {
            string? sub = parsed.Positionals.FirstOrDefault();
            console.Out.Write((sub is null ? null : command.SubCommandHelp(sub)) ?? command.Help);
            return ExitCodes.Success;
        }

        return command.Execute(parsed, console);
    }

    /// <summary>The command line whose <c>--help</c> explains the command (or its sub-command) being run.</summary>
    private static string HelpTarget(ICommand command, string? sub) =>
        sub is not null && command.SubCommandHelp(sub) is not null ? $"v2g {command.Name} {sub}" : $"v2g {command.Name}";
}
