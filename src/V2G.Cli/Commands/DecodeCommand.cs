using System.Collections.Generic;
using System.Globalization;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using V2G.Exi;

namespace V2G.Cli.Commands;

/// <summary><c>v2g decode --schema NAME [--fragment] [--hex HEX | FILE... | -] [--out-dir DIR] [--lenient]</c>: EXI to XML.</summary>
internal sealed class DecodeCommand : ICommand
{
    private static readonly OptionSpec LenientSpec = new("--lenient", TakesValue: false);
    private static readonly OptionSpec StrictSpec = new("--strict", TakesValue: false);

    /// <inheritdoc/>
    public string Name => "decode";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SchemaOption.Spec,
        SchemaOption.FragmentSpec,
        InputList.HexSpec,
        OutDirOption.Spec,
        LenientSpec,
        StrictSpec,
    ];

    /// <inheritdoc/>
    public string Help => CodecHelp.Decode;

    /// <inheritdoc/>
    public int Execute(ParsedArguments arguments, CliConsole console)
    {
        IReadOnlyList<InputSource> inputs = InputList.Collect(arguments, ".exi");
        ExiDecodeOptions options = arguments.Has(LenientSpec.Name) ? ExiDecodeOptions.Lenient : ExiDecodeOptions.Default;
        bool strict = arguments.Has(StrictSpec.Name);
        if (CodecRun.Prepare(arguments, console, inputs.Count, allowAuto: true) is not { } run)
        {
            return ExitCodes.Failure;
        }

        return Batch.Run(inputs, console.Error, input =>
        {
            byte[] exi = InputReader.ReadBytes(input, console.In);
            if (run.Codec is null)
            {
                (ISchemaCodec picked, string autoXml) = AutoSchema.Pick(SchemaRegistry.Default, exi, options, run.Fragment);
                Diagnostics.Note(console.Error, input.DisplayName, $"schema {picked.Name} decodes the whole input");
                run.Target.WriteText(input, ".xml", autoXml);
                return;
            }

            (string xml, int consumed) = Decode(run.Codec, exi, options, run.Fragment);
            int trailing = exi.Length - consumed;
            string noun = trailing == 1 ? "byte" : "bytes";
            if (trailing > 0 && strict)
            {
                // The stream is not (only) a message of this family: with --strict that is the input's failure, not a note.
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"{trailing} trailing {noun} after the EXI body of {run.Codec.Name} (--strict); try --schema auto"));
            }

            run.Target.WriteText(input, ".xml", xml);
            if (trailing > 0)
            {
                string note = string.Create(CultureInfo.InvariantCulture, $"{trailing} trailing {noun} after the EXI body");
                Diagnostics.Note(console.Error, input.DisplayName, note);
            }
        });
    }

    private static (string Xml, int BytesConsumed) Decode(ISchemaCodec codec, byte[] exi, ExiDecodeOptions options, bool fragment)
    {
        try
        {
            return codec.DecodeToXml(exi, options, fragment);
        }
        catch (ExiStringTableHitException e)
        {
            throw new InputException(e.Message + " (v2g: decode with --lenient to accept string-table hits)", e);
        }
    }
}
