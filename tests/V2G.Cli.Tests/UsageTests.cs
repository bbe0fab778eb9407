using Xunit;

namespace V2G.Cli.Tests;

public class UsageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_PrintsUsageToStdout_Exit0(string flag)
    {
        CliResult r = CliRun.Run(flag);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Stdout);
        Assert.Contains("v2g decode --schema NAME", r.Stdout);
        Assert.Contains("v2g encode --schema NAME", r.Stdout);
        Assert.Contains("v2g demo", r.Stdout);
        Assert.Contains("app-protocol", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void Help_DemoDescription_NamesBothSessions()
    {
        string help = CliRun.Run("--help").Stdout;
        string demo = help[help.IndexOf("  demo ", System.StringComparison.Ordinal)..help.IndexOf("Options:", System.StringComparison.Ordinal)];

        Assert.Contains("ISO 15118-2 (iso2)", demo);
        Assert.Contains("ISO 15118-20 (iso20-common, iso20-dc)", demo);
    }

    [Theory]
    [InlineData("decode", "--help")]
    [InlineData("encode", "-h")]
    [InlineData("demo", "--help")]
    public void CommandHelp_Exit0(string command, string flag)
    {
        CliResult r = CliRun.Run(command, flag);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Stdout);
    }

    [Fact]
    public void NoArguments_OneLineAndAPointerToHelp_OnStderr_Exit2()
    {
        CliResult r = CliRun.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("v2g: no command given\nrun 'v2g --help' for usage\n", r.Stderr);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void UnknownCommand_Exit2_NamesIt()
    {
        CliResult r = CliRun.Run("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(["v2g: unknown command 'frobnicate'", "run 'v2g --help' for usage"], r.ErrorLines);
    }

    [Fact]
    public void UnknownTopLevelOption_Exit2()
    {
        CliResult r = CliRun.Run("--frob");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown option '--frob'", r.Stderr);
    }

    [Theory]
    [InlineData("decode", "--schema", "app-protocol", "--bogus", "x.exi")]
    [InlineData("encode", "--schema", "app-protocol", "--lenient", "x.xml")]
    [InlineData("decode", "--schema", "app-protocol", "-x", "x.exi")]
    public void UnknownOption_Exit2(params string[] args)
    {
        CliResult r = CliRun.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(2, r.ErrorLines.Length);
        Assert.StartsWith("v2g: unknown option", r.ErrorLines[0]);
        Assert.Equal($"run 'v2g {args[0]} --help' for usage", r.ErrorLines[1]);
        Assert.DoesNotContain("Usage:", r.Stderr);
    }

    [Fact]
    public void MissingOptionValue_Exit2()
    {
        CliResult r = CliRun.Run("decode", "--schema");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'--schema' needs a value", r.Stderr);
    }

    [Fact]
    public void MissingSchema_Exit2_ListsKnownSchemas()
    {
        CliResult r = CliRun.Run("decode", "--hex", "8040");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--schema", r.Stderr);
        Assert.Contains("app-protocol", r.Stderr);
    }

    [Theory]
    [InlineData("decode")]
    [InlineData("encode")]
    public void NoInput_Exit2(string command)
    {
        CliResult r = CliRun.Run(command, "--schema", "app-protocol");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("needs an input", r.Stderr);
    }

    [Fact]
    public void StdinTwice_Exit2()
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "-", "-");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void RepeatedSchema_Exit2()
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--schema", "app-protocol", "--hex", "80400040");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("more than once", r.Stderr);
    }

    [Fact]
    public void FlagWithValue_Exit2()
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--lenient=yes", "--hex", "80400040");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void DemoWithArguments_Exit2()
    {
        CliResult r = CliRun.Run("demo", "extra");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("takes no arguments", r.Stderr);
    }

    [Theory]
    [InlineData("decode")]
    [InlineData("encode")]
    public void UnknownSchema_IsAUsageError_Exit2_ListsKnownSchemas(string command)
    {
        CliResult r = CliRun.Run(command, "--schema", "klingon", "whatever");
        Assert.Equal(2, r.ExitCode);
        string line = r.ErrorLines[0];
        Assert.Equal($"v2g: unknown schema 'klingon' for '{command}'; known schemas: app-protocol, din, iso2, xmldsig, iso20-common, "
            + "iso20-ac, iso20-dc, iso20-wpt, iso20-acdp", line);
        Assert.Contains("known schemas: app-protocol", line);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void SchemaNameIsCaseInsensitive()
    {
        CliResult r = CliRun.Run("decode", "--schema", "App-Protocol", "--hex", "80400040");
        Assert.Equal(0, r.ExitCode);
    }
}
