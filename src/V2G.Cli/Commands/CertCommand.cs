using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Security;

namespace V2G.Cli.Commands;

/// <summary><c>v2g cert verify ...</c> and <c>v2g cert inspect ...</c>: certificate chains and single certificates.</summary>
internal sealed class CertCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "cert";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SecurityOptions.Role,
        SecurityOptions.Profile,
        SecurityOptions.Trust,
        SecurityOptions.Crl,
        SecurityOptions.Ocsp,
        SecurityOptions.RequireRevocation,
        SecurityOptions.At,
        SecurityOptions.Format,
    ];

    /// <inheritdoc/>
    public string Help => SecurityHelp.Cert;

    /// <inheritdoc/>
    public string? SubCommandHelp(string subCommand) => subCommand switch
    {
        "verify" => SecurityHelp.CertVerify,
        "inspect" => SecurityHelp.CertInspect,
        _ => null,
    };

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console) =>
        SubCommands.Dispatch(Name, arguments, console, ("verify", CertVerify.Run), ("inspect", CertInspect.Run));

    /// <summary>Refuses options that the sub-command does not take.</summary>
    /// <param name="arguments">The sub-command's arguments.</param>
    /// <param name="allowed">The options it takes.</param>
    /// <exception cref="UsageException">Another option was given.</exception>
    internal static void RequireOnly(ParsedArguments arguments, params OptionSpec[] allowed)
    {
        foreach (ArgumentItem item in arguments.Items)
        {
            if (!item.IsPositional && !allowed.Any(a => a.Name == item.Option))
            {
                throw new UsageException($"unknown option '{item.Option}' for '{arguments.Command}'");
            }
        }
    }
}
