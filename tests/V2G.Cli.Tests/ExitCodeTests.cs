using System.IO;
using V2G.Cli.Commands;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary>Every command exits 0 on success, 1 when an input fails and 2 when the command line is wrong.</summary>
public class ExitCodeTests
{
    public static TheoryData<string> CommandNames()
    {
        var names = new TheoryData<string>();
        foreach (ICommand command in CommandTable.All)
        {
            names.Add(command.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void UnknownOption_IsAUsageError_Exit2(string name)
    {
        CliResult r = CliRun.Run(name, "--no-such-option");

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith($"v2g: unknown option '--no-such-option' for '{name}'", r.Stderr);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Theory]
    [InlineData("decode", "--schema", "klingon", "--hex", "80400040")]
    [InlineData("encode", "--schema", "klingon", "x.xml")]
    [InlineData("verify", "--schema", "klingon", "x.exi")]
    [InlineData("sign", "--schema", "klingon", "--key", "k.pem", "x.xml")]
    [InlineData("key", "decrypt", "--schema", "klingon", "--key", "k.pem", "x.exi")]
    public void UnknownSchema_IsAUsageError_Exit2_NamingTheKnownSchemas(params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith("v2g: unknown schema 'klingon'", r.Stderr);
        Assert.Contains("known schemas: ", r.ErrorLines[0]);
        Assert.Contains("iso2", r.ErrorLines[0]);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Theory]
    [InlineData("decode", "--schema", "app-protocol")]
    [InlineData("encode", "--schema", "app-protocol")]
    [InlineData("verify", "--schema", "iso2")]
    [InlineData("sign", "--schema", "iso2", "--key", "k.pem")]
    [InlineData("cert", "inspect")]
    [InlineData("cert")]
    [InlineData("key")]
    [InlineData("pki")]
    [InlineData("ocpp", "hash-data")]
    [InlineData("provision", "--url", "http://127.0.0.1:1")]
    public void MissingInputOrSubCommand_IsAUsageError_Exit2(params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith("v2g: ", r.Stderr);
    }

    [Theory]
    [InlineData("decode", "--schema", "app-protocol")]
    [InlineData("encode", "--schema", "app-protocol")]
    [InlineData("verify", "--schema", "iso2")]
    [InlineData("cert", "inspect")]
    [InlineData("ocpp", "hash-data")]
    public void MissingFile_IsAnInputError_Exit1(params string[] args)
    {
        using var temp = new TempDirectory();
        string missing = temp.File("missing.bin");

        CliResult r = CliRun.Run([.. args, missing]);

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains(Path.GetFileName(missing), r.Stderr);
        Assert.DoesNotContain("--help", r.Stderr);
    }

    [Theory]
    [InlineData("decode", "--schema", "app-protocol", "--hex", "80400040")]
    [InlineData("version")]
    [InlineData("--version")]
    [InlineData("--help")]
    public void Success_Exit0_NothingOnStderr(params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
    }
}
