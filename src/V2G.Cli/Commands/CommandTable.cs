using System;
using System.Collections.Generic;

namespace V2G.Cli.Commands;

/// <summary>The sub-commands of <c>v2g</c>.</summary>
internal static class CommandTable
{
    /// <summary>Every command, in the order of the help text.</summary>
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new DecodeCommand(),
        new EncodeCommand(),
        new ExplainCommand(),
        new BenchCommand(),
        new CaptureCommand(),
        new DemoCommand(),
        new VerifyCommand(),
        new SignCommand(),
        new CertCommand(),
        new KeyCommand(),
        new CsrCommand(),
        new OcppCommand(),
        new PkiCommand(),
        new ServeCommand(),
        new LoadCommand(),
        new OcspCommand(),
        new PoolCommand(),
        new ProvisionCommand(),
        new VersionCommand(),
    ];

    /// <summary>Finds a command by its exact name.</summary>
    /// <param name="name">The first command-line argument.</param>
    /// <returns>The command, or null.</returns>
    public static ICommand? Find(string name)
    {
        foreach (ICommand command in All)
        {
            if (string.Equals(command.Name, name, StringComparison.Ordinal))
            {
                return command;
            }
        }

        return null;
    }
}
