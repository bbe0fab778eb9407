using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Services.Hosting;
using V2G.Services.Security;
using V2G.Services.Storage;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>A service on a loopback port for the CLI's pool and provision commands, with one key per role.</summary>
internal sealed class CliTestService : IAsyncDisposable
{
    private CliTestService(RunningPncService service, IReadOnlyDictionary<ApiRole, string> keys)
    {
        Service = service;
        Keys = keys;
    }

    public RunningPncService Service { get; }

    public IReadOnlyDictionary<ApiRole, string> Keys { get; }

    public string Url => Service.BaseAddress.ToString();

    public static async Task<CliTestService> StartAsync(string set)
    {
        (ApiKeySet keys, IReadOnlyDictionary<ApiRole, string> byRole) = ApiKeySet.Generate();
        var options = new PncServiceOptions
        {
            PkiDirectory = PncFiles.Pki(set), Urls = ["http://127.0.0.1:0"], Store = StoreKind.Memory, ApiKeys = keys,
        };
        return new CliTestService(await PncService.StartAsync(options, new InMemoryPncStore()), byRole);
    }

    public ValueTask DisposeAsync() => Service.DisposeAsync();
}

public sealed class PoolCommandTests
{
    [Fact]
    public async Task Pool_get_root_prints_the_folders_roots_as_OPCP_JSON()
    {
        await using CliTestService service = await CliTestService.StartAsync("iso2");
        CliResult result = await Task.Run(() => CliRun.Run("pool", "get", "root", "--url", service.Url, "--api-key", service.Keys[ApiRole.Cpo]));
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        string id = json.RootElement[0].GetProperty("rootCertificateId").GetString()!;

        using var temp = new TempDirectory();
        CliResult one = await Task.Run(() => CliRun.Run("pool", "get", "root", id, "--der", temp.File("root.der"), "--url", service.Url,
            "--api-key", service.Keys[ApiRole.Mo]));
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(Convert.FromBase64String(JsonDocument.Parse(one.Stdout).RootElement.GetProperty("caCertificate").GetString()!),
            File.ReadAllBytes(temp.File("root.der")));
    }

    [Fact]
    public async Task Pool_put_prov_uploads_a_chain_that_pool_get_prov_reads()
    {
        await using CliTestService service = await CliTestService.StartAsync("iso2");
        string oem = service.Keys[ApiRole.Oem];
        CliResult put = await Task.Run(() => CliRun.Run("pool", "put", "prov", "--vehicle", PncFiles.Pki("iso2", "certs", "OEMProvCert.pem"),
            "--sub-ca1", PncFiles.Pki("iso2", "certs", "OEMSubCA1.der"), "--sub-ca2", PncFiles.Pki("iso2", "certs", "OEMSubCA2.pem"),
            "--url", service.Url, "--api-key", oem));
        Assert.True(put.ExitCode == 0, put.ToString());
        Assert.Equal("WMIV1234567890ABCD", JsonDocument.Parse(put.Stdout).RootElement.GetProperty("pcid").GetString());

        CliResult get = await Task.Run(() => CliRun.Run("pool", "get", "prov", "WMIV1234567890ABCD", "--url", service.Url, "--api-key", oem));
        Assert.True(get.ExitCode == 0, get.ToString());
        Assert.Equal("urn:iso:15118:2:2013:MsgDef", JsonDocument.Parse(get.Stdout).RootElement.GetProperty("xsdMsgDefNamespace").GetString());
    }

    [Fact]
    public async Task A_refusal_of_the_service_is_exit_code_1_with_its_status_and_reason()
    {
        await using CliTestService service = await CliTestService.StartAsync("iso2");
        CliResult wrongRole = await Task.Run(() => CliRun.Run("pool", "put", "root", "--type", "V2G", PncFiles.Pki("iso2", "certs", "V2GRootCA.pem"),
            "--url", service.Url, "--api-key", service.Keys[ApiRole.Oem]));
        Assert.Equal(1, wrongRole.ExitCode);
        Assert.Contains("the service answered 403: a Oem key may not call this endpoint (needs Admin)", wrongRole.Stderr, StringComparison.Ordinal);

        CliResult unknown = await Task.Run(() => CliRun.Run("pool", "get", "contract", "DEABCC12345678", "--url", service.Url,
            "--api-key", service.Keys[ApiRole.Cpo]));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("the service answered 404: the contract certificate pool holds no contract data for eMAID DEABCC12345678",
            unknown.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "pool", "get" }, "'pool get' needs the pool: root, prov or contract")]
    [InlineData(new[] { "pool", "get", "keys", "--url", "http://127.0.0.1:1" }, "unknown pool 'keys' (known: root, prov, contract)")]
    [InlineData(new[] { "pool", "get", "root" }, "'pool get' needs --url URL of the service")]
    [InlineData(new[] { "pool", "get", "root", "--url", "ftp://x" }, "--url 'ftp://x' is not an http or https URL")]
    [InlineData(new[] { "pool", "put", "root", "x.pem", "--url", "http://127.0.0.1:1" }, "'pool put root' needs --type V2G|MO|OEM")]
    public void Bad_command_lines_are_exit_code_2(string[] args, string message)
    {
        CliResult result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }
}
