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
        CommandHelp.Spec,
    ];

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        string? sub = arguments.Positionals.FirstOrDefault();
        if (sub is null)
        {
            if (CommandHelp.Requested(arguments))
            {
                console.Out.Write(SecurityHelp.Cert);
                return ExitCodes.Success;
            }

            throw new UsageException("'cert' needs a sub-command: verify or inspect");
        }

        var rest = new ParsedArguments($"cert {sub}", WithoutFirstPositional(arguments.Items));
        return sub switch
        {
            "verify" => CertVerify.Run(rest, console),
            "inspect" => CertInspect.Run(rest, console),
            _ => throw new UsageException($"unknown sub-command 'cert {sub}' (known: verify, inspect)"),
        };
    }

    /// <summary>Refuses options that the sub-command does not take.</summary>
    /// <param name="arguments">The sub-command's arguments.</param>
    /// <param name="allowed">The options it takes.</param>
    /// <exception cref="UsageException">Another option was given.</exception>
    internal static void RequireOnly(ParsedArguments arguments, params OptionSpec[] allowed)
    {
        foreach (ArgumentItem item in arguments.Items)
        {
            if (!item.IsPositional && item.Option != CommandHelp.Spec.Name && !allowed.Any(a => a.Name == item.Option))
            {
                throw new UsageException($"unknown option '{item.Option}' for '{arguments.Command}'");
            }
        }
    }

    private static List<ArgumentItem> WithoutFirstPositional(IReadOnlyList<ArgumentItem> items)
    {
        var rest = new List<ArgumentItem>(items);
        rest.RemoveAt(rest.FindIndex(i => i.IsPositional));
        return rest;
    }
}
