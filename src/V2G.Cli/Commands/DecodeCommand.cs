using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Schemas;
using V2G.Exi;
using V2G.Transport.V2gtp;

namespace V2G.Cli.Commands;

/// <summary>
/// <c>v2g decode --schema NAME|auto [--format xml|json] [--v2gtp] [--fragment] [--hex HEX | FILE... | -] [--out-dir DIR]</c>:
/// EXI to XML or JSON.
/// </summary>
internal sealed class DecodeCommand : ICommand
{
    private static readonly OptionSpec LenientSpec = new("--lenient", TakesValue: false);
    private static readonly OptionSpec StrictSpec = new("--strict", TakesValue: false);
    private static readonly OptionSpec V2gtpSpec = new("--v2gtp", TakesValue: false);

    /// <inheritdoc/>
    public string Name => "decode";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        SchemaOption.Spec,
        SchemaOption.FragmentSpec,
        FormatOption.Spec,
        V2gtpSpec,
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
        TextFormat format = FormatOption.Resolve(arguments);
        bool strict = arguments.Has(StrictSpec.Name);
        var settings = new Settings(
            new ExiDecodeOptions
            {
                AllowStringTableHits = arguments.Has(LenientSpec.Name),
                // --strict: a facet violation fails the input at its bit, as trailing bytes do.
                FacetValidation = strict ? ExiFacetValidation.Strict : ExiFacetValidation.Relaxed,
            },
            strict,
            format);
        bool framed = arguments.Has(V2gtpSpec.Name);
        if (CodecRun.Prepare(arguments, console, inputs.Count, allowAuto: true) is not { } run)
        {
            return ExitCodes.Failure;
        }

        return Batch.Run(inputs, console.Error, input =>
        {
            byte[] bytes = InputReader.ReadBytes(input, console.In);
            if (!framed)
            {
                run.Target.WriteText(input, format.Extension(), DecodeOne(run, settings, bytes, SchemaRegistry.Default, input.DisplayName, console));
                return;
            }

            // Several frames of one input are decoded in turn; their texts follow each other in the input's output.
            var texts = new List<string>();
            IReadOnlyList<V2gtpFrame> frames = V2gtpInput.ReadFrames(bytes);
            for (int i = 0; i < frames.Count; i++)
            {
                V2gtpFrame frame = frames[i];
                string name = frames.Count == 1 ? input.DisplayName : string.Create(CultureInfo.InvariantCulture, $"{input.DisplayName} frame {i + 1}");
                SchemaRegistry candidates = V2gtpInput.Candidates(SchemaRegistry.Default, frame.PayloadType);
                // With auto, and for ISO 15118-20 (one codec per namespace), the payload type selects the codec.
                CodecRun frameRun = run.Codec is null || (V2gtpInput.IsIso20(run.Codec) && candidates.Codecs.Count == 1)
                    ? run with { Codec = candidates.Codecs.Count == 1 ? candidates.Codecs[0] : null }
                    : run;
                try
                {
                    texts.Add(DecodeOne(frameRun, settings, frame.Payload.ToArray(), candidates, name, console));
                }
                catch (ExiException e) when (frames.Count > 1)
                {
                    throw new InputException($"frame {i + 1} ({frame.PayloadType.ToHex()}): {e.Message}", e);
                }
                catch (InputException e) when (frames.Count > 1)
                {
                    throw new InputException($"frame {i + 1} ({frame.PayloadType.ToHex()}): {e.Message}", e);
                }
            }

            run.Target.WriteText(input, format.Extension(), string.Join("\n", texts.Select(t => t.TrimEnd('\n'))) + "\n");
        });
    }

    /// <summary>Decodes one EXI stream with the named family, or the one of <paramref name="auto"/> that decodes it whole.</summary>
    private static string DecodeOne(CodecRun run, Settings settings, byte[] exi, SchemaRegistry auto, string name, CliConsole console)
    {
        if (run.Codec is null)
        {
            (ISchemaCodec picked, DecodedText whole) = AutoSchema.Pick(auto, exi, settings.Options, run.Fragment, settings.Format);
            Diagnostics.Note(console.Error, name, $"schema {picked.Name} decodes the whole input");
            Report(whole, name, console);
            return whole.Text;
        }

        DecodedText result = Decode(run.Codec, exi, settings, run.Fragment);
        Report(result, name, console);
        (string decoded, int consumed) = (result.Text, result.BytesConsumed);
        int trailing = exi.Length - consumed;
        if (trailing == 0)
        {
            return decoded;
        }

        string noun = trailing == 1 ? "byte" : "bytes";
        string suggestion = AutoSchema.Suggestion(AutoSchema.OthersDecodingWhole(SchemaRegistry.Default, run.Codec, exi, settings.Options, run.Fragment));
        if (settings.Strict)
        {
            // The stream is not (only) a message of this family: with --strict that is the input's failure, not a note.
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{trailing} trailing {noun} after the EXI body of {run.Codec.Name} (--strict)")
                + (suggestion.Length > 0 ? suggestion : "; try --schema auto"));
        }

        Diagnostics.Note(console.Error, name, string.Create(CultureInfo.InvariantCulture, $"{trailing} trailing {noun} after the EXI body") + suggestion);
        return decoded;
    }

    /// <summary>One <c>warning:</c> line per facet violation or abstract head the decoded message holds.</summary>
    private static void Report(DecodedText result, string name, CliConsole console)
    {
        foreach (var issue in result.Issues)
        {
            Diagnostics.Warning(console.Error, name, issue + " (--strict makes it an error)");
        }
    }

    private static DecodedText Decode(ISchemaCodec codec, byte[] exi, Settings settings, bool fragment)
    {
        try
        {
            return codec.Decode(exi, settings.Options, fragment, settings.Format);
        }
        catch (ExiStringTableHitException e)
        {
            throw new InputException(e.Message + " (v2g: decode with --lenient to accept string-table hits)", e);
        }
        catch (ExiDecodeException e)
        {
            // In the user's terms: a stream of another family fails here, and that family is worth naming.
            string suggestion = AutoSchema.Suggestion(AutoSchema.OthersDecodingWhole(SchemaRegistry.Default, codec, exi, settings.Options, fragment));
            if (suggestion.Length == 0)
            {
                throw;
            }

            throw new InputException(e.Message + suggestion, e);
        }
    }

    /// <summary>The decode options of the whole batch.</summary>
    private sealed record Settings(ExiDecodeOptions Options, bool Strict, TextFormat Format);
}
