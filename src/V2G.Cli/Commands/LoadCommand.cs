using System;
using System.Collections.Generic;
using System.Net.Http;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Security;
using V2G.Cli.Services;

namespace V2G.Cli.Commands;

/// <summary><c>v2g load</c>: a bounded load run against a service on this machine, with throughput and latency.</summary>
internal sealed class LoadCommand : ICommand
{
    private static readonly OptionSpec Url = new("--url", TakesValue: true);
    private static readonly OptionSpec Scenario = new("--scenario", TakesValue: true);
    private static readonly OptionSpec Seconds = new("--seconds", TakesValue: true);
    private static readonly OptionSpec Requests = new("--requests", TakesValue: true);
    private static readonly OptionSpec Concurrency = new("--concurrency", TakesValue: true);
    private static readonly OptionSpec[] Allowed =
        [Url, Scenario, ServeOptionsReader.Pki, Seconds, Requests, Concurrency, ServeOptionsReader.ApiKey];

    private const int MaxSeconds = 600;
    private const int MaxRequests = 1_000_000;
    private const int MaxConcurrency = 256;

    private const string HelpText = """
        Usage:
          v2g load --url URL --scenario ocsp|ocsp-nonce|install-iso2|install-iso20 --pki DIR
                   [--seconds N] [--requests N] [--concurrency N] [--api-key KEY]

        Sends one scenario's requests to a running 'v2g serve' on this machine (loopback addresses only) until N requests
        (default 10000, at most 1000000) or N seconds (default 10, at most 600) are used up, whichever comes first, with
        --concurrency requests in flight (default 8, at most 256). A few warm-up requests go first and are not measured.
          ocsp           the same OCSP request for the folder's ContractCert, POST URL/ocsp (answers may come from a cache)
          ocsp-nonce     the same with a fresh nonce each (every answer is signed)
          install-iso2   an ISO 15118-2 CertificateInstallationReq signed with the folder's OEM provisioning key,
                         POST URL/v1/cps/exchange with a CPO --api-key
          install-iso20  the same for ISO 15118-20 (an iso20 or iso20_ed448 folder)
        Prints requests/s, p50/p99/max latency and the errors by HTTP status, then one JSON line with the same numbers.

        Exit codes: 0 every request succeeded, 1 some failed or the service did not answer, 2 bad usage.

        Examples:
          v2g load --url http://127.0.0.1:5080 --scenario ocsp --pki ../shared/pnc/pki/iso2 --seconds 10
          v2g load --url http://127.0.0.1:5080 --scenario install-iso2 --pki ../shared/pnc/pki/iso2 --api-key CPO_KEY

        """;

    /// <inheritdoc/>
    public string Name => "load";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [.. Allowed];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize(HelpText);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        CertCommand.RequireOnly(arguments, Allowed);
        foreach (string positional in arguments.Positionals)
        {
            throw new UsageException($"'load' takes no argument '{positional}'");
        }

        Uri service = LoopbackUrl(arguments.Single(Url.Name) ?? throw new UsageException("'load' needs --url http://127.0.0.1:PORT"));
        LoadScenario scenario = LoadScenarios.Parse(arguments.Single(Scenario.Name)
            ?? throw new UsageException("'load' needs --scenario ocsp|ocsp-nonce|install-iso2|install-iso20"));
        string pki = arguments.Single(ServeOptionsReader.Pki.Name) ?? throw new UsageException("'load' needs --pki DIR");
        int seconds = Bounded(arguments, Seconds, 10, MaxSeconds);
        int requests = Bounded(arguments, Requests, 10_000, MaxRequests);
        int concurrency = Bounded(arguments, Concurrency, 8, MaxConcurrency);
        string? apiKey = arguments.Single(ServeOptionsReader.ApiKey.Name);
        if (apiKey == null && scenario is LoadScenario.InstallIso2 or LoadScenario.InstallIso20)
        {
            throw new UsageException($"--scenario {LoadScenarios.Name(scenario)} needs --api-key KEY (a CPO key of the service)");
        }

        LoadRequests load;
        try
        {
            load = LoadRequests.Create(scenario, service, pki, apiKey);
        }
        catch (InputException e)
        {
            Diagnostics.Error(console.Error, "v2g load", e.Message);
            return ExitCodes.Failure;
        }

        using var handler = new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = concurrency };
        using var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        (LoadReport? report, string? unreachable) = new LoadRunner(client, load)
            .RunAsync(LoadScenarios.Name(scenario), requests, TimeSpan.FromSeconds(seconds), concurrency).GetAwaiter().GetResult();
        if (report == null)
        {
            Diagnostics.Error(console.Error, "v2g load", unreachable!);
            return ExitCodes.Failure;
        }

        console.Out.WriteLine("sending: " + load.Description);
        foreach (string line in report.TextLines())
        {
            console.Out.WriteLine(line);
        }

        console.Out.WriteLine(report.JsonLine());
        return report.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>The service's base URL; only loopback hosts, so that a load run cannot be aimed at someone else's server.</summary>
    private static Uri LoopbackUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--url '{text}' is not an http(s) address");
        }

        if (!uri.IsLoopback)
        {
            throw new UsageException($"--url '{text}': load runs only against loopback (127.0.0.1, ::1, localhost), not '{uri.Host}'");
        }

        // The scenario paths are appended to the service's root.
        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    private static int Bounded(ParsedArguments arguments, OptionSpec option, int fallback, int maximum)
    {
        if (arguments.Single(option.Name) is not { } text)
        {
            return fallback;
        }

        int value = ServeOptionsReader.PositiveInteger(option.Name, text);
        return value <= maximum ? value : throw new UsageException($"{option.Name} {value} is more than {maximum}");
    }
}
