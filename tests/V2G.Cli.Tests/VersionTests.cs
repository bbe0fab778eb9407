using System.Reflection;
using Xunit;

namespace V2G.Cli.Tests;

public class VersionTests
{
    private static string AssemblyVersion =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Theory]
    [InlineData("--version")]
    [InlineData("version")]
    public void Version_PrintsTheInformationalVersion_OnOneLine_Exit0(string argument)
    {
        CliResult r = CliRun.Run(argument);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("v2g " + AssemblyVersion + "\n", r.Stdout);
        Assert.Matches(@"^v2g \d+\.\d+\.\d+\S*\n$", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Theory]
    [InlineData("--version", "extra")]
    [InlineData("version", "extra")]
    [InlineData("version", "--short")]
    public void Version_WithArguments_IsAUsageError(params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("v2g: ", r.Stderr);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void GlobalHelp_MentionsVersion()
    {
        Assert.Contains("v2g --version", CliRun.Run("--help").Stdout);
    }
}
