using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace V2G.Services.Tests.Revocation;

/// <summary>The output of one openssl run.</summary>
public sealed record OpenSslRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, for assertions and failure messages.</summary>
    public string All => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}\n{Stdout}\n{Stderr}";
}

/// <summary>Runs the machine's openssl (CI installs it).</summary>
public static class OpenSsl
{
    public static async Task<OpenSslRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new OpenSslRun(process.ExitCode, await stdout, await stderr);
    }
}
