using System;
using System.IO;
using System.Linq;
using System.Text;
using V2G.Cli;

namespace V2G.Cli.Tests;

/// <summary>The result of one in-process run of the tool.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of stderr.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs <see cref="CliApplication.Run"/> in-process with captured streams.</summary>
public static class CliRun
{
    public static CliResult Run(params string[] args) => Run(Array.Empty<byte>(), args);

    public static CliResult WithStdin(string stdinText, params string[] args) => Run(Encoding.UTF8.GetBytes(stdinText), args);

    public static CliResult Run(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = CliApplication.Run(args, input, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
