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

    /// <summary>Looks up the family named by <c>--schema</c>.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <returns>The family.</returns>
    /// <exception cref="UsageException">
    /// <c>--schema</c> is missing, repeated or names no known family: the command line is wrong, not an input (exit code 2).
    /// </exception>
    public static ISchemaCodec Resolve(ParsedArguments arguments) =>
        ResolveOrAuto(arguments, allowAuto: false)!;

    /// <summary>Looks up the family named by <c>--schema</c>; null for <c>--schema auto</c> where the command allows it.</summary>
    /// <param name="arguments">The parsed arguments.</param>
    /// <param name="allowAuto">Whether the command picks the family per input (decode does, encode cannot).</param>
    /// <returns>The family, or null for auto.</returns>
    /// <exception cref="UsageException"><c>--schema</c> is missing, repeated, unknown, or auto where it is not allowed.</exception>
    public static ISchemaCodec? ResolveOrAuto(ParsedArguments arguments, bool allowAuto)
    {
        SchemaRegistry registry = SchemaRegistry.Default;
        string name = arguments.Single(Spec.Name)
            ?? throw new UsageException($"'{arguments.Command}' needs --schema NAME (known schemas: {registry.KnownNames})");
        if (name == AutoSchema.Name)
        {
            return allowAuto
                ? null
                : throw new UsageException($"--schema auto picks the family of EXI input; '{arguments.Command}' needs one of: {registry.KnownNames}");
        }

        return registry.Find(name)
            ?? throw new UsageException($"unknown schema '{name}' for '{arguments.Command}'; known schemas: {registry.KnownNames}");
    }
}
