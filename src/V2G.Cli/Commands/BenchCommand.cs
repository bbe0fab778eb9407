using System;
using System.Collections.Generic;
using System.Globalization;
using V2G.Cli.Arguments;
using V2G.Cli.Bench;
using V2G.Cli.Io;
using V2G.Cli.Schemas;

namespace V2G.Cli.Commands;

/// <summary><c>v2g bench --schema NAME [--fragment] [--seconds N] FILE.exi...</c>: decode and encode times of the user's messages.</summary>
internal sealed class BenchCommand : ICommand
{
    /// <summary>The measuring budget when <c>--seconds</c> is not given.</summary>
    public const double DefaultSeconds = 3;

    /// <summary>The longest budget <c>--seconds</c> accepts.</summary>
    public const double MaxSeconds = 3600;

    private static readonly OptionSpec SecondsSpec = new("--seconds", TakesValue: true);

    /// <inheritdoc/>
    public string Name => "bench";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [SchemaOption.Spec, SchemaOption.FragmentSpec, SecondsSpec];

    /// <inheritdoc/>
    public string Help => UsageText.Normalize(string.Create(CultureInfo.InvariantCulture, $$"""
        Usage:
          v2g bench --schema NAME [--fragment] [--seconds N] (FILE.exi... | DIR... | -)

        Measures how long this library takes to decode and to encode your messages. Each input is decoded once and
        its value encoded once first. Then all inputs are warmed up together, round-robin (at least {{BenchRunner.WarmUpNanoseconds / 1e9}} s
        in total and {{BenchRunner.WarmUpCalls}} decodes and encodes of each, so that the JIT has compiled the code at its final tier),
        and each is timed for its share of the budget, in samples of a batch of calls that lasts about {{BenchTarget.SampleNanoseconds / 1e6}} ms
        (at least {{BenchRunner.MinSamples}} samples of decode and of encode per input). Encode writes the decoded value into one
        preallocated buffer (it allocates nothing); alloc is what one decode allocates (the returned message). A
        directory stands for its .exi files, in name order.

        Timing: thread CPU time on Linux (clock_gettime CLOCK_THREAD_CPUTIME_ID): time the thread waits while other
        processes run is not counted (caches they share still are); on other systems wall-clock time (Stopwatch).

        Output, one line per input, then the means over the inputs of the per-input medians as the last line:
          NAME decode NS ns encode NS ns alloc BYTES B
          decode NS ns/msg encode NS ns/msg alloc BYTES B/msg
        NS are nanoseconds per call with one decimal, BYTES whole bytes ('.' as the decimal point in every locale).

        Options:
          --schema NAME   The message family (required; see Schemas below; 'auto' is not accepted).
          --fragment      The inputs are EXI fragments holding one element (the bytes a signature digests).
          --seconds N     The measuring budget for all inputs together, split evenly (default {{DefaultSeconds}},
                          more than 0, at most {{MaxSeconds}}, decimals allowed); the warm-up comes on top.
          -               Read one input from stdin (EXI bytes).
          -h, --help      Show this help.

        An input that does not decode, or whose value does not encode again, is one line on stderr and is not timed:
          NAME: error: REASON at bit OFFSET in /ELEMENT/PATH
        The other inputs are still measured.

        Exit codes: 0 every input measured, 1 an input failed (unreadable, does not decode or encode, an empty
        directory), 2 bad usage (unknown option or schema, --schema auto, a bad --seconds, no input).

        Examples:
          v2g bench --schema din vectors/din/
          v2g bench --schema iso2 --seconds 10 CurrentDemandReq.exi ChargeParameterDiscoveryRes.exi
          v2g bench --schema iso2 --fragment --seconds 0.5 signed/AuthorizationReq.exi


        """) + UsageText.SchemaList());

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        ISchemaCodec codec = SchemaOption.Resolve(arguments);
        double seconds = ParseSeconds(arguments.Single(SecondsSpec.Name));
        IReadOnlyList<InputSource> inputs = InputList.Collect(arguments, ".exi");
        bool fragment = arguments.Has(SchemaOption.FragmentSpec.Name);

        var targets = new List<BenchTarget>();
        int prepared = Batch.Run(inputs, console.Error, input =>
        {
            byte[] exi = InputReader.ReadBytes(input, console.In);
            targets.Add(new BenchTarget(input.DisplayName, codec.CreateBench(exi, fragment)));
        });
        if (targets.Count == 0)
        {
            return ExitCodes.Failure;
        }

        if (!ThreadCpuClock.IsThreadCpuTime)
        {
            console.Error.WriteLine("v2g bench: note: timing with " + ThreadCpuClock.Description);
        }

        var results = new List<MessageResult>(targets.Count);
        BenchRunner.Run(targets, seconds, result =>
        {
            results.Add(result);
            console.Out.WriteLine(BenchReport.Line(result));
        });
        console.Out.WriteLine(BenchReport.Summary(results));
        return prepared;
    }

    /// <summary>Reads <c>--seconds</c>: a positive decimal number with '.' as the decimal point.</summary>
    /// <param name="text">The option's value, or null when it is absent.</param>
    /// <returns>The budget in seconds.</returns>
    /// <exception cref="UsageException">The value is no number, not positive or too large.</exception>
    internal static double ParseSeconds(string? text)
    {
        if (text == null)
        {
            return DefaultSeconds;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds))
        {
            throw new UsageException($"--seconds '{text}' is not a number of seconds (e.g. 3 or 0.5)");
        }

        return seconds is > 0 and <= MaxSeconds
            ? seconds
            : throw new UsageException($"--seconds {text} is out of range: more than 0 and at most {MaxSeconds} seconds");
    }
}
