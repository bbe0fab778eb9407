using System;
using System.IO;
using System.Text;

namespace V2G.Cli;

/// <summary>Process entry point: binds the console streams (UTF-8, no BOM) and runs the tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using Stream stdin = Console.OpenStandardInput();
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding);
        using var stderr = new StreamWriter(Console.OpenStandardError(), encoding) { AutoFlush = true };
        return CliApplication.Run(args, stdin, stdout, stderr);
    }
}
