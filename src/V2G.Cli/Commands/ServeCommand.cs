using System;
using System.Collections.Generic;
using System.IO;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Cli.Services;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;

namespace V2G.Cli.Commands;

/// <summary><c>v2g serve</c>: runs the back-end services (pools, CPS, OCSP, CRLs, status page) until Ctrl+C or SIGTERM.</summary>
internal sealed class ServeCommand : ICommand
{
    private const string HelpText = """
        Usage:
          v2g serve --pki DIR [--urls http://127.0.0.1:PORT] [--store file|postgres|memory] [--connection STR] [--data DIR]
                    [--api-key ROLE=KEY ...] [--api-keys FILE.json] [--json-logs] [--rate-limit N]

        Serves the PKI folder DIR (as 'v2g pki init' writes it): GET /health, the status page at /, certificate downloads at
        /certs/NAME.der|.pem, OCSP at /ocsp, each CA's CRL at /crl/NAME, the OPCP pools under /v1/ and the CPS at
        /v1/cps/exchange. Prints 'listening on ADDRESS' per bound address, then runs until Ctrl+C or SIGTERM.

        Options:
          --urls U[;U]       Addresses to listen on (default http://127.0.0.1:5080; port 0 picks a free port).
          --store KIND       file (default: JSON files in --data, by default DIR/service-data), postgres (needs
                             --connection, an Npgsql connection string) or memory (nothing survives a restart).
          --api-key ROLE=KEY A key (16 characters or more) for admin, oem, mo or cpo; repeatable.
          --api-keys FILE    A JSON object from role to key or to an array of keys.
                             Without any key, one is generated per role and printed as 'api key ROLE: KEY'.
          --json-logs        One JSON object per log event instead of plain lines.
          --rate-limit N     Requests per second and client on the signing endpoints (default 200).

        Exit codes: 0 stopped by Ctrl+C/SIGTERM, 1 the PKI folder, store, key file or address was refused, 2 bad usage.

        Examples:
          v2g serve --pki ../shared/pnc/pki/iso2 --store memory
          v2g serve --pki pki --urls http://127.0.0.1:8080 --store postgres --connection "Host=localhost;Database=v2g" \
                    --api-keys keys.json --json-logs

        """;

    /// <inheritdoc/>
    public string Name => "serve";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [.. ServeOptionsReader.All];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize(HelpText);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        CertCommand.RequireOnly(arguments, ServeOptionsReader.All);
        foreach (string positional in arguments.Positionals)
        {
            throw new UsageException($"'serve' takes no argument '{positional}' (the PKI folder goes after --pki)");
        }

        PncServiceOptions options;
        IReadOnlyDictionary<ApiRole, string>? generated;
        try
        {
            (options, generated) = ServeOptionsReader.Read(arguments);
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, "v2g serve", e.Message);
            return ExitCodes.Failure;
        }

        return Run(options, generated, console);
    }

    private static int Run(PncServiceOptions options, IReadOnlyDictionary<ApiRole, string>? generated, CliConsole console)
    {
        RunningPncService service;
        try
        {
            service = PncService.StartAsync(options).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is PncServiceConfigurationException or StoreUnavailableException or IOException)
        {
            // IOException: Kestrel could not bind the address (in use, not local).
            Diagnostics.Error(console.Error, "v2g serve", e.Message);
            return ExitCodes.Failure;
        }

        try
        {
            foreach (string address in service.Addresses)
            {
                console.Out.WriteLine("listening on " + address);
            }

            if (generated != null)
            {
                foreach ((ApiRole role, string key) in generated)
                {
                    console.Out.WriteLine($"api key {role.ToString().ToLowerInvariant()}: {key}");
                }
            }

            console.Out.Flush();
            service.WaitForShutdownAsync().GetAwaiter().GetResult();
            console.Out.WriteLine("stopped");
            return ExitCodes.Success;
        }
        finally
        {
            service.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
