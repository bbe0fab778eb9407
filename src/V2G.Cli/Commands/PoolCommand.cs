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
using V2G.Services.Client.Pools;

namespace V2G.Cli.Commands;

/// <summary><c>v2g pool get|put root|prov|contract</c>: reads and writes the OPCP-shaped pools of a running service.</summary>
internal sealed class PoolCommand : ICommand
{
    private static readonly OptionSpec Type = new("--type", TakesValue: true);
    private static readonly OptionSpec Vehicle = new("--vehicle", TakesValue: true);
    private static readonly OptionSpec SubCa1 = new("--sub-ca1", TakesValue: true);
    private static readonly OptionSpec SubCa2 = new("--sub-ca2", TakesValue: true);
    private static readonly OptionSpec Namespace = new("--namespace", TakesValue: true);
    private static readonly OptionSpec Emaid = new("--emaid", TakesValue: true);
    private static readonly OptionSpec Pcid = new("--pcid", TakesValue: true);
    private static readonly OptionSpec Metadata = new("--metadata", TakesValue: true);
    private static readonly OptionSpec Der = new("--der", TakesValue: true);

    private const string HelpText = """
        Usage:
          v2g pool get root [ID [--der FILE]] --url URL [--api-key KEY]
          v2g pool get prov PCID --url URL [--api-key KEY]
          v2g pool get contract EMAID --url URL [--api-key KEY]
          v2g pool put root --type V2G|MO|OEM CERT --url URL --api-key KEY
          v2g pool put prov --vehicle CERT --sub-ca1 CERT [--sub-ca2 CERT] [--namespace NS] --url URL --api-key KEY
          v2g pool put contract --emaid EMAID --pcid PCID --namespace NS [--metadata TEXT] FILE.exi --url URL --api-key KEY

        get prints the pool's JSON answer (OPCP field names): every root or one root (with --der also written as DER), a
        vehicle's provisioning chain by PCID, or the contracts of an eMAID. put uploads a root (admin key), a vehicle's OEM
        provisioning chain (OEM key) or an MO's signed contract data, a CPS-signed CertificateInstallationRes (MO key).
        CERT is a PEM or DER certificate. The key may also come from the V2G_API_KEY environment variable.
        NS: urn:iso:15118:2:2013:MsgDef (default) or urn:iso:std:iso:15118:-20:CommonMessages.

        Exit codes: 0 done, 1 the service refused or cannot be reached, 2 bad usage.

        Examples:
          v2g pool get root --url http://127.0.0.1:5080 --api-key $CPO_KEY
          v2g pool put prov --vehicle OEMProvCert.pem --sub-ca1 OEMSubCA1.pem --sub-ca2 OEMSubCA2.pem --url http://127.0.0.1:5080 --api-key $OEM_KEY

        """;

    /// <inheritdoc/>
    public string Name => "pool";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
        [PoolConnection.Url, PoolConnection.ApiKey, Type, Vehicle, SubCa1, SubCa2, Namespace, Emaid, Pcid, Metadata, Der];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize(HelpText);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console) =>
        SubCommands.Dispatch("pool", arguments, console, ("get", Get), ("put", Put));

    private static int Get(ParsedArguments arguments, CliConsole console) => SubCommands.Run(arguments, console,
        [PoolConnection.Url, PoolConnection.ApiKey, Der], () =>
        {
            (string pool, string? key) = Target(arguments, "get");
            using HttpClient http = PoolConnection.Client(arguments);
            string? apiKey = PoolConnection.Key(arguments);
            object answer = pool switch
            {
                "root" when key is null => PoolConnection.Call(() => new RootPoolClient(http, apiKey).ListAsync()),
                "root" => RootWithDownload(new RootPoolClient(http, apiKey), key, arguments.Single(Der.Name)),
                "prov" => PoolConnection.Call(() => new ProvisioningPoolClient(http, apiKey).GetAsync(Required(key, "PCID"))),
                _ => PoolConnection.Call(() => new ContractPoolClient(http, apiKey).LookupContractAsync(Required(key, "EMAID"))),
            };
            PoolConnection.PrintJson(console.Out, answer);
            return ExitCodes.Success;
        });

    private static int Put(ParsedArguments arguments, CliConsole console) => SubCommands.Run(arguments, console,
        [PoolConnection.Url, PoolConnection.ApiKey, Type, Vehicle, SubCa1, SubCa2, Namespace, Emaid, Pcid, Metadata], () =>
        {
            (string pool, string? file) = Target(arguments, "put");
            using HttpClient http = PoolConnection.Client(arguments);
            string? apiKey = PoolConnection.Key(arguments);
            object answer;
            switch (pool)
            {
                case "root":
                    string type = arguments.Single(Type.Name) ?? throw new UsageException("'pool put root' needs --type V2G|MO|OEM");
                    string root = PoolConnection.CertificateBase64(Required(file, "CERT"));
                    answer = PoolConnection.Call(() => new RootPoolClient(http, apiKey).PutAsync(root, type));
                    break;
                case "prov":
                    var upload = new ProvisioningCertificateUpload
                    {
                        VehicleCertificate = PoolConnection.CertificateBase64(Option(arguments, Vehicle, "CERT")),
                        SubCa1Certificate = PoolConnection.CertificateBase64(Option(arguments, SubCa1, "CERT")),
                        SubCa2Certificate = arguments.Single(SubCa2.Name) is { } subCa2 ? PoolConnection.CertificateBase64(subCa2) : null,
                        XsdMsgDefNamespace = arguments.Single(Namespace.Name) ?? OpcpNamespaces.Iso2,
                    };
                    answer = PoolConnection.Call(() => new ProvisioningPoolClient(http, apiKey).PutAsync(upload));
                    break;
                default:
                    var data = new SignedContractDataUpload
                    {
                        Emaid = Option(arguments, Emaid, "EMAID"),
                        Pcid = Option(arguments, Pcid, "PCID"),
                        XsdMsgDefNamespace = arguments.Single(Namespace.Name) ?? OpcpNamespaces.Iso2,
                        SignedContractData = Convert.ToBase64String(PoolConnection.ReadFile(Required(file, "FILE.exi"))),
                        Metadata = arguments.Single(Metadata.Name),
                    };
                    PoolConnection.Call(async () =>
                    {
                        await new ContractPoolClient(http, apiKey).PutAsync(data).ConfigureAwait(false);
                        return true;
                    });
                    answer = new { stored = true, emaid = data.Emaid, pcid = data.Pcid };
                    break;
            }

            PoolConnection.PrintJson(console.Out, answer);
            return ExitCodes.Success;
        });

    private static RootCertificate RootWithDownload(RootPoolClient client, string id, string? derFile)
    {
        RootCertificate root = PoolConnection.Call(() => client.GetAsync(id));
        if (derFile != null)
        {
            try
            {
                File.WriteAllBytes(derFile, Convert.FromBase64String(root.CaCertificate ?? ""));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{derFile}: cannot be written: {e.Message}");
            }
        }

        return root;
    }

    private static (string Pool, string? Argument) Target(ParsedArguments arguments, string verb)
    {
        string[] positionals = arguments.Positionals.ToArray();
        string pool = positionals.FirstOrDefault()
            ?? throw new UsageException($"'pool {verb}' needs the pool: root, prov or contract");
        if (pool is not ("root" or "prov" or "contract"))
        {
            throw new UsageException($"unknown pool '{pool}' (known: root, prov, contract)");
        }

        if (positionals.Length > 2)
        {
            throw new UsageException($"'pool {verb} {pool}' takes at most one argument, got {positionals.Length - 1}");
        }

        return (pool, positionals.Length == 2 ? positionals[1] : null);
    }

    private static string Required(string? value, string what) => value ?? throw new UsageException($"the command needs {what}");

    private static string Option(ParsedArguments arguments, OptionSpec option, string what) =>
        arguments.Single(option.Name) ?? throw new UsageException($"'{arguments.Command}' needs {option.Name} {what}");
}
