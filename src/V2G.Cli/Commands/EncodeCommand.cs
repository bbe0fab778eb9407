using System.Collections.Generic;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using V2G.Exi;
using V2G.Transport.V2gtp;

namespace V2G.Cli.Commands;

/// <summary><c>v2g encode --schema NAME [--fragment] [--v2gtp] [--relaxed] [FILE.xml|FILE.json... | -] [--out-dir DIR]</c>: XML or JSON to EXI.</summary>
internal sealed class EncodeCommand : ICommand
{
    private static readonly OptionSpec V2gtpSpec = new("--v2gtp", TakesValue: false);
    private static readonly OptionSpec RelaxedSpec = new("--relaxed", TakesValue: false);

    /// <inheritdoc/>
    public string Name => "encode";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SchemaOption.Spec,
        SchemaOption.FragmentSpec,
        V2gtpSpec,
        RelaxedSpec,
        OutDirOption.Spec,
    ];

    /// <inheritdoc/>
    public string Help => CodecHelp.Encode;

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        IReadOnlyList<InputSource> inputs = InputList.Collect(arguments, ".xml", ".json");
        bool framed = arguments.Has(V2gtpSpec.Name);
        // --relaxed: reproduce what a device sent, facet violations and abstract heads included.
        ExiEncodeOptions options = arguments.Has(RelaxedSpec.Name) ? ExiEncodeOptions.Relaxed : ExiEncodeOptions.Default;
        if (CodecRun.Prepare(arguments, console, inputs.Count) is not { } run)
        {
            return ExitCodes.Failure;
        }

        return Batch.Run(inputs, console.Error, input =>
        {
            string text = InputReader.ReadText(input, console.In);
            TextFormat format = TextFormats.Detect(text, input.Kind == InputKind.File ? input.Text : null);
            ISchemaCodec codec = run.Codec!;
            byte[] exi = codec.Encode(text, run.Fragment, format, options);
            run.Target.WriteBinary(input, ".exi", framed ? V2gtpWriter.WriteFrame(V2gtpInput.PayloadTypeOf(codec), exi) : exi);
        });
    }
}
