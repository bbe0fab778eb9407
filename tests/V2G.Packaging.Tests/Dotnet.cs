using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace V2G.Packaging.Tests;

/// <summary>Runs the dotnet CLI (or a tool it installed) in a folder, with its output captured and a time limit.</summary>
public static class Dotnet
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Describe(string what) => what + " exited " + ExitCode + "\n" + Stdout + "\n" + Stderr;
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan limit, params string[] arguments) =>
        Exec("dotnet", workingDirectory, environment, limit, arguments);

    public static Result Exec(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan limit,
        params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables point at its own SDK instance; a child build must find its own.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        // No MSBuild nodes left running after a test: they would outlive the temporary folders they were started in.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " " + string.Join(' ', arguments) + " took longer than " + limit);
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The package sources of the user-level NuGet configuration, as dotnet nuget list source shows them.</summary>
    public static IReadOnlyList<string> ConfiguredSources(string outsideAnyRepository)
    {
        var result = Run(outsideAnyRepository, null, TimeSpan.FromMinutes(1), "nuget", "list", "source", "--format", "short");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe("dotnet nuget list source"));
        }

        // Lines like "E https://api.nuget.org/v3/index.json" (E enabled, D disabled).
        return result.Stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held by an exiting build server: the temp folder is cleaned by the system later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
