using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Security;

namespace V2G.Cli.Commands;

/// <summary><c>v2g key decrypt ...</c> and <c>v2g key encrypt ...</c>: contract private key transport.</summary>
internal sealed class KeyCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "key";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SecurityOptions.Key,
        SchemaOption.Spec,
        SecurityOptions.Profile,
        SecurityOptions.DhPublic,
        SecurityOptions.Encrypted,
        SecurityOptions.Pcid,
        SecurityOptions.Ski,
        SecurityOptions.ContractCert,
        SecurityOptions.ContractPublic,
        SecurityOptions.RecipientCert,
        SecurityOptions.RecipientPublic,
        SecurityOptions.ContractKey,
        SecurityOptions.EphemeralKey,
        SecurityOptions.Iv,
    ];

    /// <inheritdoc/>
    public string Help => SecurityHelp.Key;

    /// <inheritdoc/>
    public string? SubCommandHelp(string subCommand) => subCommand switch
    {
        "decrypt" => SecurityHelp.KeyDecrypt,
        "encrypt" => SecurityHelp.KeyEncrypt,
        _ => null,
    };

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console) =>
        SubCommands.Dispatch(Name, arguments, console, ("decrypt", KeyDecrypt.Run), ("encrypt", KeyEncrypt.Run));
}
