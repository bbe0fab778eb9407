using System.Collections.Generic;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Commands;
using Xunit;

namespace V2G.Cli.Tests;

/// <summary><c>v2g CMD --help</c> is answered by the command itself, the same way for every command.</summary>
public class CommandHelpTests
{
    private static readonly string[] SubCommandNames = ["verify", "inspect", "decrypt", "encrypt"];

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
    public void Help_IsTheCommandsOwn_WithUsageExitCodesAndExamples(string name)
    {
        CliResult r = CliRun.Run(name, "--help");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stderr);
        Assert.StartsWith("Usage:\n  v2g " + name, r.Stdout);
        Assert.Equal(CommandTable.Find(name)!.Help, r.Stdout);
        Assert.DoesNotContain("Commands:", r.Stdout);
        Assert.Contains("Exit codes:", r.Stdout);
        Assert.Contains("Example", r.Stdout);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void ShortAndLongHelp_PrintTheSame(string name)
    {
        Assert.Equal(CliRun.Run(name, "--help").Stdout, CliRun.Run(name, "-h").Stdout);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_NamesEveryOptionOfTheCommand(string name)
    {
        ICommand command = CommandTable.Find(name)!;
        string texts = string.Concat(new[] { command.Help }.Concat(SubCommandNames.Select(s => command.SubCommandHelp(s) ?? "")));

        IEnumerable<string> missing = command.Options.Select(o => o.Name).Where(o => !texts.Contains(o, System.StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("cert", "verify", "v2g cert verify --role")]
    [InlineData("cert", "inspect", "v2g cert inspect [--profile")]
    [InlineData("key", "decrypt", "v2g key decrypt --key")]
    [InlineData("key", "encrypt", "v2g key encrypt --profile")]
    public void SubCommandHelp_IsTheSubCommandsOwn(string command, string sub, string usage)
    {
        CliResult r = CliRun.Run(command, sub, "--help");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("Usage:\n  " + usage, r.Stdout);
        Assert.NotEqual(CliRun.Run(command, "--help").Stdout, r.Stdout);
        Assert.Contains("Exit codes:", r.Stdout);
    }

    [Theory]
    [InlineData("decode", "--schema", "iso2", "missing.exi", "--help")]
    [InlineData("encode", "-h", "--schema", "klingon")]
    [InlineData("cert", "verify", "--role", "nobody", "-h")]
    public void Help_WinsOverTheRestOfTheCommandLine(params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("Usage:\n  v2g " + args[0], r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void DecodeHelp_ListsItsOptionsAndTheSchemas()
    {
        string help = CliRun.Run("decode", "--help").Stdout;

        foreach (string option in new[] { "--schema NAME", "--fragment", "--lenient", "--hex HEX", "--out-dir DIR", "-h, --help" })
        {
            Assert.Contains(option, help);
        }

        Assert.Contains("Schemas:\n  app-protocol", help);
        Assert.Contains("v2g decode --schema app-protocol --hex 80400040", help);
        Assert.DoesNotContain("v2g encode", help);
    }

    [Fact]
    public void HelpExample_OfDecode_Runs()
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--hex", "80400040");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("<ResponseCode>OK_SuccessfulNegotiation</ResponseCode>", r.Stdout);
    }

    [Fact]
    public void CommandOptions_DoNotDeclareHelp_TheApplicationAddsIt()
    {
        foreach (ICommand command in CommandTable.All)
        {
            Assert.DoesNotContain(command.Options, o => o.Matches("--help") || o.Matches("-h"));
        }

        Assert.True(HelpOption.IsHelp("-h") && HelpOption.IsHelp("--help"));
    }
}
