using System.Collections.Generic;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Schemas;

namespace V2G.Cli.Commands;

/// <summary><c>v2g encode --schema NAME [--fragment] [FILE.xml... | -] [--out-dir DIR]</c>: XML to EXI.</summary>
internal sealed class EncodeCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "encode";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SchemaOption.Spec,
        SchemaOption.FragmentSpec,
        OutDirOption.Spec,
    ];

    /// <inheritdoc/>
    public string Help => CodecHelp.Encode;

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        IReadOnlyList<InputSource> inputs = InputList.Collect(arguments, ".xml");
        if (CodecRun.Prepare(arguments, console, inputs.Count) is not { } run)
        {
            return ExitCodes.Failure;
        }

        return Batch.Run(inputs, console.Error, input =>
        {
            string xml = InputReader.ReadText(input, console.In);
            byte[] exi = run.Codec!.EncodeFromXml(xml, run.Fragment);
            run.Target.WriteBinary(input, ".exi", exi);
        });
    }
}
