using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace V2G.Cli.Tests;

public sealed class ServeCommandTests
{
    private static string SharedPki(string set) => Path.Combine(SharedVectors.Root, "pnc", "pki", set);

    [Fact]
    public async Task ServeStartsPrintsItsAddressAndKeysAnswersAndStopsOnSigterm()
    {
        await using var serve = await ServeProcess.StartAsync("serve", "--pki", SharedPki("iso2"), "--urls", "http://127.0.0.1:0",
            "--store", "memory");
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = TimeSpan.FromSeconds(30) };

        using (JsonDocument health = JsonDocument.Parse(await http.GetStringAsync("/health")))
        {
            Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
            Assert.Equal("Iso2", health.RootElement.GetProperty("profile").GetString());
            Assert.Equal("Memory", health.RootElement.GetProperty("store").GetString());
        }

        Assert.Contains("data-certificate=\"V2GRootCA\"", await http.GetStringAsync("/"));
        Assert.Equal(["admin", "oem", "mo", "cpo"], serve.Keys.Keys);
        Assert.All(serve.Keys.Values, key => Assert.Equal(48, key.Length));

        (int exit, string rest) = await serve.TerminateAsync();
        Assert.Equal(0, exit);
        Assert.Contains("stopped", rest);
    }

    [Fact]
    public async Task GivenKeysAreNeitherGeneratedNorPrinted()
    {
        const string adminKey = "admin-key-0123456789abcdef";
        await using var serve = await ServeProcess.StartAsync("serve", "--pki", SharedPki("iso20"), "--urls", "http://127.0.0.1:0",
            "--store", "memory", "--api-key", "admin=" + adminKey, "--api-key", "CPO=cpo-key-0123456789abcdef", "--rate-limit", "50");
        using var http = new HttpClient { BaseAddress = serve.Address };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        (int exit, string rest) = await serve.TerminateAsync();
        Assert.Equal(0, exit);
        Assert.Empty(serve.Keys);
        Assert.DoesNotContain(adminKey, serve.Stdout + rest);
    }

    [Fact]
    public void AFolderThatIsNoPkiFolderIsOneLineOnStderrAndExit1()
    {
        using var temp = new TempDirectory();
        CliResult r = CliRun.Run("serve", "--pki", temp.Path, "--store", "memory", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.ErrorLines);
        Assert.Contains(temp.Path, line);
        Assert.Contains("manifest.json", line);
        Assert.DoesNotContain("listening on", r.Stdout);
    }

    [Fact]
    public async Task AnAddressInUseIsExit1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;

        Task<CliResult> run = Task.Run(() => CliRun.Run("serve", "--pki", SharedPki("iso2"), "--store", "memory",
            "--urls", $"http://127.0.0.1:{port}"));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, "serve did not give up on a taken port");

        CliResult r = await run;
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(r.ErrorLines));
    }

    [Theory]
    [InlineData("nokeys.json", "--api-keys", "Could not find")]
    [InlineData("bad.json", "--api-keys", "not JSON")]
    [InlineData("array.json", "--api-keys", "expected a JSON object")]
    [InlineData("role.json", "--api-keys", "unknown role 'driver'")]
    public void AnUnusableKeyFileIsExit1(string file, string option, string message)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("bad.json"), "{ admin: ");
        File.WriteAllText(temp.File("array.json"), "[\"0123456789abcdef0123\"]");
        File.WriteAllText(temp.File("role.json"), "{\"driver\": \"0123456789abcdef0123\"}");

        CliResult r = CliRun.Run("serve", "--pki", SharedPki("iso2"), "--store", "memory", option, temp.File(file));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, Assert.Single(r.ErrorLines), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("'serve' needs --pki DIR", "serve", "--store", "memory")]
    [InlineData("--store 'mysql' is not file, postgres or memory", "serve", "--pki", "p", "--store", "mysql")]
    [InlineData("'serve --store postgres' needs --connection", "serve", "--pki", "p", "--store", "postgres")]
    [InlineData("--connection is only for --store postgres", "serve", "--pki", "p", "--store", "memory", "--connection", "Host=x")]
    [InlineData("--data is only for --store file", "serve", "--pki", "p", "--store", "memory", "--data", "d")]
    [InlineData("--api-key 'ad****' is not ROLE=KEY", "serve", "--pki", "p", "--api-key", "admin0123456789abcdef")]
    [InlineData("--api-key: unknown role 'root'", "serve", "--pki", "p", "--api-key", "root=0123456789abcdef")]
    [InlineData("--api-key: the key for role cpo is shorter than 16", "serve", "--pki", "p", "--api-key", "cpo=short")]
    [InlineData("--rate-limit '0' is not a whole number of at least 1", "serve", "--pki", "p", "--rate-limit", "0")]
    [InlineData("--urls 'ftp://127.0.0.1:21' is not an address", "serve", "--pki", "p", "--urls", "ftp://127.0.0.1:21")]
    [InlineData("--urls 'http://127.0.0.1:1/x' is not an address", "serve", "--pki", "p", "--urls", "http://127.0.0.1:1/x")]
    [InlineData("unknown option '--port' for 'serve'", "serve", "--pki", "p", "--port", "80")]
    [InlineData("'serve' takes no argument 'extra'", "serve", "--pki", "p", "extra")]
    public void BadOptionsAreUsageErrors(string message, params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("v2g: " + message, r.Stderr);
        Assert.DoesNotContain("0123456789abcdef", r.Stderr);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    public void HelpNamesEveryOption(string flag)
    {
        CliResult r = CliRun.Run("serve", flag);

        Assert.Equal(0, r.ExitCode);
        foreach (string option in new[] { "--pki", "--urls", "--store", "--connection", "--data", "--api-key", "--api-keys", "--json-logs",
                     "--rate-limit" })
        {
            Assert.Contains(option, r.Stdout);
        }
    }

    /// <summary>
    /// <c>dotnet v2g.dll serve ...</c> as a child process: waits for its <c>listening on</c> line (and the generated keys), and
    /// stops it with SIGTERM as a service manager would.
    /// </summary>
    private sealed class ServeProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];

        private ServeProcess(Process process)
        {
            _process = process;
        }

        public Uri Address { get; private set; } = null!;

        public Dictionary<string, string> Keys { get; } = [];

        public string Stdout => string.Join("\n", _lines);

        public static async Task<ServeProcess> StartAsync(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "v2g.dll"));
            args.ToList().ForEach(start.ArgumentList.Add);
            var serve = new ServeProcess(Process.Start(start)!);
            _ = serve._process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await serve._process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                serve._lines.Add(line);
                if (line.StartsWith("listening on ", StringComparison.Ordinal))
                {
                    serve.Address = new Uri(line["listening on ".Length..]);
                }
                else if (line.StartsWith("api key ", StringComparison.Ordinal))
                {
                    string[] parts = line["api key ".Length..].Split(": ");
                    serve.Keys[parts[0]] = parts[1];
                }

                bool keysGiven = args.Contains("--api-key");
                if (serve.Address != null && (keysGiven || serve.Keys.Count == 4))
                {
                    return serve;
                }
            }

            throw new InvalidOperationException($"serve ended without a listening line:\n{serve.Stdout}");
        }

        /// <summary>Sends SIGTERM and waits for the exit: the exit code and what it printed after the start.</summary>
        public async Task<(int Exit, string After)> TerminateAsync()
        {
            using (Process kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            Task<string> rest = _process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
            return (_process.ExitCode, await rest);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
