using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Cli.Services;
using V2G.Services.Client.Opcp;
using V2G.Services.Client.Provisioning;

namespace V2G.Cli.Commands;

/// <summary><c>v2g provision</c>: sends a CertificateInstallationReq/UpdateReq to the service's CPS and saves the response.</summary>
internal sealed class ProvisionCommand : ICommand
{
    private static readonly OptionSpec Namespace = new("--namespace", TakesValue: true);
    private static readonly OptionSpec Out = new("--out", TakesValue: true, ShortName: "-o");

    private const string HelpText = """
        Usage:
          v2g provision --url URL [--api-key KEY] [--namespace NS] FILE.exi [-o OUT.exi]

        Posts an EXI CertificateInstallationReq or (ISO 15118-2) CertificateUpdateReq to POST /v1/cps/exchange and writes
        the signed EXI response to OUT.exi, or prints it as hex. NS is urn:iso:15118:2:2013:MsgDef (default) or
        urn:iso:std:iso:15118:-20:CommonMessages. The key (CPO or admin) may also come from V2G_API_KEY.

        Options:
          --url URL          The service (e.g. http://127.0.0.1:5080 of 'v2g serve').
          --api-key KEY      A CPO or admin key of the service.
          --namespace NS     The message set of FILE.exi (default ISO 15118-2).
          -o, --out OUT.exi  Write the response here instead of printing it as hex.
          -h, --help         Show this help.

        Exit codes: 0 answered, 1 the service refused or cannot be reached, 2 bad usage.

        Example:
          v2g provision --url http://127.0.0.1:5080 --api-key $CPO_KEY CertificateInstallationReq.exi -o res.exi

        """;

    /// <inheritdoc/>
    public string Name => "provision";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [PoolConnection.Url, PoolConnection.ApiKey, Namespace, Out];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize(HelpText);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console) => SubCommands.Run(arguments, console,
        [PoolConnection.Url, PoolConnection.ApiKey, Namespace, Out], () =>
        {
            string[] files = arguments.Positionals.ToArray();
            if (files.Length != 1)
            {
                throw new UsageException($"'provision' needs exactly one FILE.exi, got {files.Length}");
            }

            byte[] request = PoolConnection.ReadFile(files[0]);
            string ns = arguments.Single(Namespace.Name) ?? OpcpNamespaces.Iso2;
            using HttpClient http = PoolConnection.Client(arguments);
            byte[] response = PoolConnection.Call(() => new ProvisioningClient(http, PoolConnection.Key(arguments)).ExchangeAsync(request, ns));
            if (arguments.Single(Out.Name) is { } output)
            {
                try
                {
                    File.WriteAllBytes(output, response);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new InputException($"{output}: cannot be written: {e.Message}");
                }

                console.Error.WriteLine($"v2g provision: wrote {response.Length} bytes to {output}");
            }
            else
            {
                console.Out.WriteLine(Convert.ToHexString(response));
            }

            return ExitCodes.Success;
        });
}
