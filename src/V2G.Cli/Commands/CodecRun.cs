using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Cli.Schemas;

namespace V2G.Cli.Commands;

/// <summary>What decode and encode both resolve before their batch: the family, fragment or document, and where output goes.</summary>
/// <param name="Codec">The family named by <c>--schema</c>; null for <c>--schema auto</c> (decode picks it per input).</param>
/// <param name="Fragment">True with <c>--fragment</c>.</param>
/// <param name="Target">Stdout, or the <c>--out-dir</c> folder.</param>
internal sealed record CodecRun(ISchemaCodec? Codec, bool Fragment, OutputTarget Target)
{
    /// <summary>Resolves the options; an unusable output folder is reported on stderr.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="inputCount">The number of inputs of the batch (several on stdout are headed by their names).</param>
    /// <param name="allowAuto">Whether <c>--schema auto</c> is accepted.</param>
    /// <returns>The run, or null if the command must exit with <see cref="ExitCodes.Failure"/>.</returns>
    /// <exception cref="UsageException"><c>--schema</c> is missing, repeated or unknown.</exception>
    public static CodecRun? Prepare(ParsedArguments arguments, CliConsole console, int inputCount, bool allowAuto = false)
    {
        ISchemaCodec? codec = SchemaOption.ResolveOrAuto(arguments, allowAuto);
        try
        {
            return new CodecRun(codec, arguments.Has(SchemaOption.FragmentSpec.Name), OutDirOption.CreateTarget(arguments, console, inputCount));
        }
        catch (InputException e)
        {
            console.Error.WriteLine("v2g: " + Diagnostics.OneLine(e.Message));
            return null;
        }
    }
}
