using System.Collections.Generic;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using V2G.Exi;
using V2G.Exi.Tracing;

namespace V2G.Cli.Commands;

/// <summary><c>v2g explain --schema NAME [--fragment] [--lenient] (--hex HEX | FILE... | -)</c>: the stream annotated bit by bit.</summary>
internal sealed class ExplainCommand : ICommand
{
    private static readonly OptionSpec LenientSpec = new("--lenient", TakesValue: false);

    /// <inheritdoc/>
    public string Name => "explain";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [SchemaOption.Spec, SchemaOption.FragmentSpec, InputList.HexSpec, LenientSpec];

    /// <inheritdoc/>
    public string Help => UsageText.Normalize("""
        Usage:
          v2g explain --schema NAME [--fragment] [--lenient] (--hex HEX | FILE... | DIR... | -)

        Decodes EXI streams and prints every event with the bits it takes: what a developer reads when two stacks
        disagree on a bit. The trace comes from the codec's own decoder, so it shows exactly what decode reads.
        One line per event:
          @OFFSET+WIDTH EVENT PATH state=STATE code=CODE/VALUES [bits=START..END type=DATATYPE (REPRESENTATION) value="..."]
        OFFSET+WIDTH are the event code's first bit (bit 0 = most significant bit of byte 0) and width; EVENT is SD, SE,
        AT, CH, EE or ED; STATE the grammar state the code was read in; CODE/VALUES the event code and the number of
        values of that state (the first level counts the escape to the second). Values show their bits, datatype,
        representation (e.g. 'unsigned 7-bit groups', 'n-bit 8 offset 0', 'string literal length 25') and lexical
        form. The last line gives where the last event ends, the padding bits and the bytes after the EXI body.
        Several inputs are each headed by '==> NAME <=='.

        Options:
          --schema NAME   The message family (required; see Schemas below).
          --fragment      The streams are EXI fragments holding one element (the bytes a signature digests).
          --lenient       Accept strings that use string-table hits (shown as 'string table local/global hit').
          --hex HEX       Explain this hex string (spaces and a leading 0x allowed) as one more input.
          -               Read one input from stdin (EXI bytes).
          -h, --help      Show this help.

        When a stream does not decode, the trace up to the failing event is printed, then one line on stderr:
          NAME: error: REASON at bit OFFSET in /ELEMENT/PATH

        Exit codes: 0 every input decoded, 1 an input failed to decode, 2 bad usage (unknown option or schema, no input).

        Examples:
          v2g explain --schema app-protocol --hex 8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040
          v2g explain --schema din session/SessionSetupReq.exi
          v2g explain --schema iso2 --fragment signed/AuthorizationReq.exi

        """ + UsageText.SchemaList());

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        IReadOnlyList<InputSource> inputs = InputList.Collect(arguments, ".exi");
        ISchemaCodec codec = SchemaOption.Resolve(arguments);
        bool fragment = arguments.Has(SchemaOption.FragmentSpec.Name);
        bool lenient = arguments.Has(LenientSpec.Name);
        ExiDecodeOptions options = lenient ? ExiDecodeOptions.Lenient : ExiDecodeOptions.Default;
        return Batch.Run(inputs, console.Error, input =>
        {
            byte[] exi = InputReader.ReadBytes(input, console.In);
            ExiTrace trace = codec.Explain(exi, options, fragment);
            if (inputs.Count > 1)
            {
                console.Out.WriteLine("==> " + input.DisplayName + " <==");
            }

            foreach (ExiTraceEvent e in trace.Events)
            {
                console.Out.WriteLine(ExiTraceText.Line(e));
            }

            if (trace.Error is { } error)
            {
                string hint = error.Kind == ExiErrorKind.StringTableHit && !lenient
                    ? " (v2g: explain with --lenient to accept string-table hits)"
                    : string.Empty;
                throw new InputException(error.Message + hint);
            }

            console.Out.WriteLine(ExiTraceText.EndLine(trace));
        });
    }
}
