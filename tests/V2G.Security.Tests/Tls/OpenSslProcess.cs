using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace V2G.Security.Tests.Tls;

/// <summary>An openssl s_client or s_server child process whose output is collected; killed on dispose.</summary>
internal sealed class OpenSslProcess : IDisposable
{
    private const string OpenSsl = "/usr/bin/openssl";
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private OpenSslProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static OpenSslProcess Start(params string[] arguments)
    {
        Assert.True(System.IO.File.Exists(OpenSsl), "openssl is expected at " + OpenSsl);
        var start = new ProcessStartInfo(OpenSsl)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var wrapper = new OpenSslProcess(process);
        process.OutputDataReceived += (_, e) => wrapper.Append(e.Data);
        process.ErrorDataReceived += (_, e) => wrapper.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return wrapper;
    }

    public void WriteLine(string line)
    {
        _process.StandardInput.Write(line + "\n");
        _process.StandardInput.Flush();
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; false on timeout or when the process ended first.</summary>
    public async Task<bool> WaitForAsync(string text, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!cts.IsCancellationRequested)
        {
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            if (_process.HasExited)
            {
                _process.WaitForExit();
                return Output.Contains(text, StringComparison.Ordinal);
            }

            await Task.Delay(20, CancellationToken.None);
        }

        return false;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
