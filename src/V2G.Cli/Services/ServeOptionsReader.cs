using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Services.Hosting;
using V2G.Services.Security;

namespace V2G.Cli.Services;

/// <summary>The options of <c>v2g serve</c>, read into <see cref="PncServiceOptions"/>.</summary>
internal static class ServeOptionsReader
{
    public static readonly OptionSpec Pki = new("--pki", TakesValue: true);
    public static readonly OptionSpec Urls = new("--urls", TakesValue: true);
    public static readonly OptionSpec Store = new("--store", TakesValue: true);
    public static readonly OptionSpec Connection = new("--connection", TakesValue: true);
    public static readonly OptionSpec Data = new("--data", TakesValue: true);
    public static readonly OptionSpec ApiKey = new("--api-key", TakesValue: true);
    public static readonly OptionSpec ApiKeys = new("--api-keys", TakesValue: true);
    public static readonly OptionSpec JsonLogs = new("--json-logs", TakesValue: false);
    public static readonly OptionSpec RateLimit = new("--rate-limit", TakesValue: true);

    /// <summary>Every option of the command but the help.</summary>
    public static OptionSpec[] All { get; } = [Pki, Urls, Store, Connection, Data, ApiKey, ApiKeys, JsonLogs, RateLimit];

    /// <summary>The service options, and the keys generated when the command line gave none (to print them).</summary>
    /// <exception cref="UsageException">An option is missing, malformed or does not fit the others.</exception>
    /// <exception cref="Io.InputException">The key file cannot be read.</exception>
    public static (PncServiceOptions Options, IReadOnlyDictionary<ApiRole, string>? GeneratedKeys) Read(ParsedArguments arguments)
    {
        string pki = arguments.Single(Pki.Name) ?? throw new UsageException("'serve' needs --pki DIR (a folder as 'v2g pki init' writes it)");
        StoreKind store = ReadStore(arguments.Single(Store.Name));
        string? connection = arguments.Single(Connection.Name);
        if (store == StoreKind.Postgres && string.IsNullOrWhiteSpace(connection))
        {
            throw new UsageException("'serve --store postgres' needs --connection \"Host=...;Database=...;Username=...\"");
        }

        if (store != StoreKind.Postgres && connection != null)
        {
            throw new UsageException("--connection is only for --store postgres");
        }

        string? data = arguments.Single(Data.Name);
        if (store != StoreKind.File && data != null)
        {
            throw new UsageException("--data is only for --store file");
        }

        var keys = arguments.Items.Where(i => i.Option == ApiKey.Name).Select(i => ServeApiKeys.Parse(i.Value)).ToList();
        if (arguments.Single(ApiKeys.Name) is { } keyFile)
        {
            keys.AddRange(ServeApiKeys.ReadFile(keyFile));
        }

        IReadOnlyDictionary<ApiRole, string>? generated = null;
        ApiKeySet set;
        if (keys.Count == 0)
        {
            (set, generated) = ApiKeySet.Generate();
        }
        else
        {
            set = new ApiKeySet(keys);
        }

        var options = new PncServiceOptions
        {
            PkiDirectory = pki,
            Urls = ReadUrls(arguments.Single(Urls.Name)),
            Store = store,
            ConnectionString = connection,
            DataDirectory = data,
            ApiKeys = set,
            JsonLogs = arguments.Has(JsonLogs.Name),
        };
        if (arguments.Single(RateLimit.Name) is { } rate)
        {
            options = options with { ExpensiveRequestsPerSecond = PositiveInteger(RateLimit.Name, rate) };
        }

        return (options, generated);
    }

    /// <summary>A whole number of at least 1.</summary>
    /// <exception cref="UsageException">It is not.</exception>
    public static int PositiveInteger(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new UsageException($"{option} '{text}' is not a whole number of at least 1");

    private static StoreKind ReadStore(string? text) => text switch
    {
        null or "file" => StoreKind.File,
        "postgres" => StoreKind.Postgres,
        "memory" => StoreKind.Memory,
        _ => throw new UsageException($"--store '{text}' is not file, postgres or memory"),
    };

    private static string[] ReadUrls(string? text)
    {
        if (text == null)
        {
            return ["http://127.0.0.1:5080"];
        }

        string[] urls = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || uri.Query.Length > 0)
            {
                throw new UsageException($"--urls '{url}' is not an address like http://127.0.0.1:5080 (several separated by ';')");
            }
        }

        return urls.Length > 0 ? urls : throw new UsageException("--urls names no address");
    }
}
