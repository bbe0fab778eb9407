using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using V2G.Cli.Arguments;
using V2G.Cli.Demo;
using V2G.Cli.Io;
using V2G.Exi;

namespace V2G.Cli.Commands;

/// <summary><c>v2g demo</c>: runs the steps of <see cref="DemoSteps"/> (round trips, and Plug'n'Charge checks) on messages built in code.</summary>
internal sealed class DemoCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "demo";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [];

    /// <inheritdoc/>
    public string Help { get; } = UsageText.Normalize("""
        Usage:
          v2g demo

        Plays charging sessions built in code, each after its supportedAppProtocol handshake: an ISO 15118-2 (iso2)
        and an ISO 15118-20 (iso20-common, iso20-dc) DC session, then a Plug'n'Charge session with a test PKI made in
        code (certificate installation, signed authorization, contract key transport). Every message is encoded and
        printed as hex, decoded to XML, re-encoded from the XML and the bytes compared; the Plug'n'Charge steps also
        check signatures and certificate chains. Each step is headed '== step N/M: TITLE'; a line sums up. The demo ends
        with the timeline of the ISO 15118-2 session captured in memory (a pcapng read back as by 'v2g capture').

        Options:
          -h, --help   Show this help.

        Exit codes: 0 every step passed, 1 a step failed, 2 bad usage (demo takes no arguments).

        Example:
          v2g demo

        """);

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        string? extra = arguments.Positionals.FirstOrDefault();
        if (extra != null)
        {
            throw new UsageException($"'demo' takes no arguments (got '{extra}')");
        }

        int exit = Run(DemoSteps.All, console);
        return DemoCaptureTimeline.Print(console.Out) ? exit : ExitCodes.Failure;
    }

    /// <summary>Runs steps in order; a failing step is reported and the others still run.</summary>
    /// <param name="steps">The steps.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns><see cref="ExitCodes.Success"/> if every step passed, otherwise <see cref="ExitCodes.Failure"/>.</returns>
    internal static int Run(IReadOnlyList<IDemoStep> steps, CliConsole console)
    {
        int failed = 0;
        int checks = steps.Count(s => s.IsCheck);
        int number = 0;
        for (int i = 0; i < steps.Count; i++)
        {
            IDemoStep step = steps[i];
            string label = step.IsCheck ? $"step {++number}/{checks}" : "session";
            if (i > 0)
            {
                console.Out.WriteLine();
            }

            console.Out.WriteLine($"== {label}: {step.Title}");
            bool passed;
            try
            {
                passed = step.Run(console.Out);
            }
            catch (Exception e) when (e is ExiException or CryptographicException)
            {
                Diagnostics.Error(console.Error, label, e.Message);
                passed = false;
            }

            if (!passed)
            {
                failed++;
            }
        }

        console.Out.WriteLine();
        console.Out.WriteLine(failed == 0
            ? $"demo: all {checks} steps passed"
            : $"demo: {failed} of {checks} steps failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
