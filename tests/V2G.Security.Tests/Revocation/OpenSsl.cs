using System;
using System.Diagnostics;
using System.IO;

namespace V2G.Security.Tests.Revocation;

/// <summary>Runs /usr/bin/openssl for cross-checks; every argument is passed as-is (no shell).</summary>
internal static class OpenSsl
{
    public const string Path = "/usr/bin/openssl";

    public static bool Available => File.Exists(Path);

    /// <summary>Exit code and combined stdout+stderr.</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            throw new TimeoutException("openssl " + string.Join(' ', arguments));
        }

        return (process.ExitCode, stdout + stderr.Result);
    }
}
