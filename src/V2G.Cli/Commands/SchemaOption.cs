using V2G.Cli.Arguments;
using V2G.Cli.Schemas;

namespace V2G.Cli.Commands;

/// <summary>The <c>--schema NAME</c> option of decode and encode.</summary>
internal static class SchemaOption
{
    /// <summary>The option's specification.</summary>
    public static OptionSpec Spec { get; } = new OptionSpec("--schema", TakesValue: true);

    /// <summary>The <c>--fragment</c> flag: the streams are EXI fragments (§8.5.3) holding one element.</summary>
    public static OptionSpec FragmentSpec { get; } = new OptionSpec("--fragment", TakesValue: false);

    /// <summary>Looks up the family named by <c>--schema</c>; reports an unknown name on stderr.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <param name="console">The standard streams.</param>
    /// <returns>The family, or null if the name is unknown (the caller exits with 1).</returns>
    /// <exception cref="UsageException"><c>--schema</c> is missing or repeated.</exception>
    public static ISchemaCodec? Resolve(ParsedArguments arguments, CliConsole console)
    {
        SchemaRegistry registry = SchemaRegistry.Default;
        string name = arguments.Single(Spec.Name)
            ?? throw new UsageException($"'{arguments.Command}' needs --schema NAME (known schemas: {registry.KnownNames})");

        ISchemaCodec? codec = registry.Find(name);
        if (codec is null)
        {
            console.Error.WriteLine($"v2g: unknown schema '{name}'; known schemas: {registry.KnownNames}");
        }

        return codec;
    }
}
