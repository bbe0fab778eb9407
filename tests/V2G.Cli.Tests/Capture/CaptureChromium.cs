using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace V2G.Cli.Tests.Capture;

/// <summary>
/// (A copy of the status page tests' runner.) Runs the Debian Chromium headless on a page: its rendered DOM, or a
/// screenshot. Each run gets a new profile folder.
/// </summary>
public static class CaptureChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The DOM after the page loaded, serialized (<c>--dump-dom</c>), and Chromium's log (console messages included).</summary>
    public static async Task<(string Dom, string Log)> DumpDomAsync(Uri page)
    {
        (int exit, string stdout, string stderr) = await RunAsync(["--enable-logging=stderr", "--v=0", "--dump-dom", page.ToString()]);
        if (exit != 0 || stdout.Length == 0)
        {
            throw new InvalidOperationException($"chromium --dump-dom exited {exit} with {stdout.Length} characters of DOM:\n{stderr}");
        }

        return (stdout, stderr);
    }

    /// <summary>Saves a PNG of the page at 1280x1600.</summary>
    public static async Task ScreenshotAsync(Uri page, string pngFile)
    {
        File.Delete(pngFile);
        (int exit, _, string stderr) = await RunAsync(["--screenshot=" + pngFile, "--window-size=1280,1600", page.ToString()]);
        if (exit != 0 || !File.Exists(pngFile))
        {
            throw new InvalidOperationException($"chromium --screenshot exited {exit} and wrote no {pngFile}:\n{stderr}");
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] arguments)
    {
        string profile = Path.Combine(Path.GetTempPath(), "v2g-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                 })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new System.Threading.CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; a leftover temp profile is harmless.
            }
        }
    }
}
