using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Security;

namespace V2G.Cli.Commands;

/// <summary><c>v2g ocpp hash-data ...</c> and <c>v2g ocpp ocsp-request-data ...</c>: OCPP Plug'n'Charge certificate data.</summary>
internal sealed class OcppCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "ocpp";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SecurityOptions.Hash,
        SecurityOptions.Issuer,
    ];

    /// <inheritdoc/>
    public string Help => SecurityHelp.Ocpp;

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        string? sub = arguments.Positionals.FirstOrDefault();
        if (sub is null)
        {
            throw new UsageException("'ocpp' needs a sub-command: hash-data or ocsp-request-data");
        }

        var rest = new ParsedArguments($"ocpp {sub}", SubCommands.WithoutFirstPositional(arguments.Items));
        return sub switch
        {
            "hash-data" => OcppData.Run(rest, console, withResponder: false),
            "ocsp-request-data" => OcppData.Run(rest, console, withResponder: true),
            _ => throw new UsageException($"unknown sub-command 'ocpp {sub}' (known: hash-data, ocsp-request-data)"),
        };
    }
}
