using Xunit;

namespace V2G.Cli.Tests;

/// <summary>Errors are one line each on stderr; a usage error points to the help of the command that was run.</summary>
public class ErrorLineTests
{
    [Theory]
    [InlineData("v2g decode", "decode", "--schema", "app-protocol", "--bogus", "x.exi")]
    [InlineData("v2g decode", "decode", "--hex", "80400040")]
    [InlineData("v2g encode", "encode", "--schema", "klingon", "x.xml")]
    [InlineData("v2g demo", "demo", "extra")]
    [InlineData("v2g cert verify", "cert", "verify", "--trust", "t.pem", "leaf.pem")]
    [InlineData("v2g cert verify", "cert", "verify", "--no-such-option")]
    [InlineData("v2g cert inspect", "cert", "inspect")]
    [InlineData("v2g cert", "cert", "frob")]
    [InlineData("v2g cert", "cert")]
    [InlineData("v2g key decrypt", "key", "decrypt")]
    [InlineData("v2g pki", "pki", "init")]
    [InlineData("v2g load", "load")]
    [InlineData("v2g", "--frob")]
    public void UsageError_IsOneLine_PlusAPointerToTheCommandsHelp(string helpTarget, params string[] args)
    {
        CliResult r = CliRun.Run(args);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal(2, r.ErrorLines.Length);
        Assert.StartsWith("v2g: ", r.ErrorLines[0]);
        Assert.Equal($"run '{helpTarget} --help' for usage", r.ErrorLines[1]);
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void PointedToHelp_Exists()
    {
        CliResult r = CliRun.Run("cert", "verify", "--help");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("Usage:\n  v2g cert verify", r.Stdout);
    }

    [Fact]
    public void OutputDirectoryThatCannotBeCreated_IsOneLine_Exit1()
    {
        using var temp = new TempDirectory();
        string file = temp.File("plain-file");
        System.IO.File.WriteAllText(file, "x");

        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--out-dir", System.IO.Path.Combine(file, "sub"), "--hex", "80400040");

        Assert.True(r.ExitCode == 1, r.ToString());
        string line = Assert.Single(r.ErrorLines);
        Assert.StartsWith("v2g: cannot create the output directory: ", line);
    }

    [Fact]
    public void FailedInput_IsOneLine_NamedByTheInput()
    {
        CliResult r = CliRun.Run("decode", "--schema", "app-protocol", "--hex", "80");

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("hex: error: ", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void FailureNoCommandReports_IsStillOneLine_Exit1()
    {
        using var stdin = new System.IO.MemoryStream();
        var stderr = new System.IO.StringWriter { NewLine = "\n" };

        int exit = CliApplication.Run(["--help"], stdin, new BrokenPipeWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Equal("v2g: unexpected IOException: Broken pipe\n", stderr.ToString());
    }

    /// <summary>A stdout whose reader went away: every write fails.</summary>
    private sealed class BrokenPipeWriter : System.IO.StringWriter
    {
        public override void Write(string? value) => throw new System.IO.IOException("Broken pipe");

        public override void Write(char value) => throw new System.IO.IOException("Broken pipe");
    }
}
